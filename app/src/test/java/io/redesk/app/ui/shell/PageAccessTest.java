package io.redesk.app.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PageAccessTest {

    private static final PageAccess BROKER = new PageAccess(true, false, false, true);
    private static final PageAccess UNDERWRITER = new PageAccess(false, true, false, false);
    private static final PageAccess BROKER_FINANCE = new PageAccess(false, false, true, true);
    private static final PageAccess REINSURER_FINANCE = new PageAccess(false, false, true, false);

    @Test
    void aFinanceUserHasTheFinancePagesAndNotThePlacementDesks() {
        assertThat(REINSURER_FINANCE.inOrder()).containsExactly(Page.HOME, Page.ACCOUNTS, Page.CLAIMS, Page.STATEMENTS,
                Page.INVOICES, Page.RECONCILIATION, Page.REPORTS, Page.POOLS_SECURITY, Page.SYNC_ISSUES, Page.SETTINGS);
        assertThat(REINSURER_FINANCE.allows(Page.SLIPS)).isFalse();
        assertThat(REINSURER_FINANCE.allows(Page.INBOX)).isFalse();
        assertThat(REINSURER_FINANCE.allows(Page.REGISTRATION)).isFalse();
    }

    @Test
    void aBrokersFinanceUserRegistersBillsAndClaims() {
        assertThat(BROKER_FINANCE.allows(Page.REGISTRATION)).isTrue();
        assertThat(BROKER_FINANCE.allows(Page.SLIPS)).isFalse();
        assertThat(BROKER_FINANCE.deskKey()).isEqualTo("access.desk.finance");
    }

    @Test
    void placementAndUnderwritingDesksDoNotListTheFinancePagesOrEachOthers() {
        assertThat(BROKER.pages()).contains(Page.SLIPS, Page.INQUIRIES, Page.LINES, Page.REGISTRATION)
                .doesNotContain(Page.INBOX, Page.ACCOUNTS, Page.STATEMENTS);
        assertThat(UNDERWRITER.pages()).contains(Page.INBOX).doesNotContain(Page.SLIPS, Page.ACCOUNTS);
        assertThat(UNDERWRITER.inOrder().get(UNDERWRITER.inOrder().size() - 1)).isEqualTo(Page.SETTINGS);
    }

    @Test
    void theShellRefusesAPageTheUserMayNotUseAndShowsHomeInstead() {
        ShellModel shell = new ShellModel();
        shell.navigate(Page.SLIPS);
        shell.restrictTo(REINSURER_FINANCE::allows);
        assertThat(shell.getCurrentPage()).isEqualTo(Page.HOME);

        shell.navigate(Page.ACCOUNTS);
        assertThat(shell.getCurrentPage()).isEqualTo(Page.ACCOUNTS);
        shell.open(Page.SLIPS, "p1", "B0999HT2027001");
        assertThat(shell.getCurrentPage()).isEqualTo(Page.HOME);
        assertThat(shell.refusedProperty().get()).isEqualTo(Page.SLIPS);
        assertThat(shell.openingProperty().get()).isNull();

        shell.navigate(Page.STATEMENTS);
        assertThat(shell.refusedProperty().get()).isNull();
    }
}
