package io.redesk.app.ui.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import io.redesk.app.i18n.Language;
import io.redesk.app.i18n.LocaleFormats;
import java.time.ZoneId;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.SimpleStringProperty;
import org.junit.jupiter.api.Test;

/** Bindings follow the language and their arguments; no toolkit needed (JavaFX beans only). */
class I18nTest {

    private final I18n i18n = new I18n(Language.ENGLISH,
            language -> new LocaleFormats(language.formatLocale(null), ZoneId.of("Asia/Shanghai")));

    @Test
    void boundTextFollowsTheLanguage() {
        StringBinding slips = i18n.bind("nav.slips");
        assertThat(slips.get()).isEqualTo("Slips");

        i18n.setLanguage(Language.CHINESE);

        assertThat(slips.get()).isEqualTo("分保条");
    }

    @Test
    void boundTextFollowsObservableArgumentsAndNestedBindings() {
        SimpleStringProperty exchange = new SimpleStringProperty("Demo exchange");
        StringBinding online = i18n.bind("status.online", exchange);
        StringBinding placeholder = i18n.bind("placeholder.title", i18n.bind("feature.reports"));

        exchange.set("SIRC");
        i18n.setLanguage(Language.CHINESE);

        assertThat(online.get()).isEqualTo("在线 · SIRC");
        assertThat(placeholder.get()).isEqualTo("此页面将随报表与统计功能上线");
    }

    @Test
    void formatsFollowTheLanguage() {
        assertThat(i18n.formats().locale()).isEqualTo(java.util.Locale.US);
        i18n.setLanguage(Language.CHINESE);
        assertThat(i18n.formats().locale()).isEqualTo(java.util.Locale.SIMPLIFIED_CHINESE);
    }
}
