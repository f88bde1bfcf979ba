package io.redesk.app.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PageTest {

    @Test
    void everyPageIsFoundByItsId() {
        for (Page page : Page.values()) {
            assertThat(Page.fromId(page.id())).isSameAs(page);
        }
        assertThat(Page.POOLS_SECURITY.id()).isEqualTo("pools-security");
    }

    @Test
    void anUnknownIdListsTheKnownOnes() {
        assertThatThrownBy(() -> Page.fromId("dashboard"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("unknown page 'dashboard'; expected one of home, inbox, slips,");
    }

    @Test
    void builtPagesHaveNoPlaceholder() {
        for (Page built : new Page[] {Page.HOME, Page.SETTINGS, Page.SLIPS, Page.INQUIRIES, Page.LINES, Page.REGISTRATION,
                Page.ACCOUNTS, Page.CLAIMS, Page.STATEMENTS, Page.INVOICES}) {
            assertThat(built.comingFeatureKey()).as(built.id()).isEmpty();
        }
        assertThat(Page.REPORTS.comingFeatureKey()).contains("feature.reports");
    }
}
