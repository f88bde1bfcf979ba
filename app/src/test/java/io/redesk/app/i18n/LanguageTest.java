package io.redesk.app.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class LanguageTest {

    @Test
    void chineseOperatingSystemsGetChineseOthersEnglish() {
        assertThat(Language.fromLocale(Locale.SIMPLIFIED_CHINESE)).isEqualTo(Language.CHINESE);
        assertThat(Language.fromLocale(Locale.TRADITIONAL_CHINESE)).isEqualTo(Language.CHINESE);
        assertThat(Language.fromLocale(Locale.GERMANY)).isEqualTo(Language.ENGLISH);
        assertThat(Language.fromLocale(Locale.UK)).isEqualTo(Language.ENGLISH);
        assertThat(Language.fromLocale(null)).isEqualTo(Language.ENGLISH);
    }

    @Test
    void formatsFollowTheOperatingSystemWhenItSpeaksTheLanguage() {
        assertThat(Language.ENGLISH.formatLocale(Locale.UK)).isEqualTo(Locale.UK);
        assertThat(Language.ENGLISH.formatLocale(Locale.CHINA)).isEqualTo(Locale.US);
        assertThat(Language.CHINESE.formatLocale(Locale.UK)).isEqualTo(Locale.SIMPLIFIED_CHINESE);
    }

    @Test
    void parsesCodesLeniently() {
        assertThat(Language.fromCode(" zh-CN ")).contains(Language.CHINESE);
        assertThat(Language.fromCode("en_GB")).contains(Language.ENGLISH);
        assertThat(Language.fromCode("english")).isEmpty();
        assertThat(Language.fromCode(null)).isEmpty();
    }

    @Test
    void eachLanguageNamesItselfInItself() {
        assertThat(Language.CHINESE.nativeName()).isEqualTo("中文");
        assertThat(Language.ENGLISH.nativeName()).isEqualTo("English");
    }

    @Test
    void localizationFormatsArgumentsAndShowsAMissingKeyInsteadOfFailing() {
        assertThat(Localization.of(Language.ENGLISH).text("placeholder.title", "the slip editor"))
                .isEqualTo("Coming with the slip editor");
        assertThat(Localization.of(Language.CHINESE).text("nav.slips")).isEqualTo("分保条");
        assertThat(Localization.of(Language.ENGLISH).text("no.such.key")).isEqualTo("no.such.key");
    }

    @Test
    void pendingChangesUseTheRightPluralForm() {
        Localization en = Localization.of(Language.ENGLISH);
        assertThat(en.text("status.pending", 0, "0")).isEqualTo("No pending changes");
        assertThat(en.text("status.pending", 1, "1")).isEqualTo("1 pending change");
        assertThat(en.text("status.pending", 1200, "1,200")).isEqualTo("1,200 pending changes");
        assertThat(Localization.of(Language.CHINESE).text("status.pending", 3, "3")).isEqualTo("待同步的更改：3 项");
    }
}
