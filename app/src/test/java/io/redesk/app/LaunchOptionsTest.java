package io.redesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redesk.app.i18n.Language;
import io.redesk.app.prefs.ThemeChoice;
import org.junit.jupiter.api.Test;

class LaunchOptionsTest {

    @Test
    void noArgumentsMeansSavedPreferencesApply() {
        assertThat(LaunchOptions.parse()).isEqualTo(LaunchOptions.none());
    }

    @Test
    void parsesLanguageAndThemeInBothSpellings() {
        LaunchOptions options = LaunchOptions.parse("--lang", "zh", "--theme=dark");

        assertThat(options.language()).contains(Language.CHINESE);
        assertThat(options.theme()).contains(ThemeChoice.DARK);
        assertThat(LaunchOptions.parse("--lang=zh_CN").language()).contains(Language.CHINESE);
        assertThat(LaunchOptions.parse("--lang", "EN").language()).contains(Language.ENGLISH);
    }

    @Test
    void pageIsPassedOnForTheUiToCheck() {
        assertThat(LaunchOptions.parse("--page", "settings").page()).contains("settings");
    }

    @Test
    void helpIsRecognised() {
        assertThat(LaunchOptions.parse("--help").help()).isTrue();
        assertThat(LaunchOptions.parse("-h").help()).isTrue();
    }

    @Test
    void unknownLanguageNamesTheValueAndTheChoices() {
        assertThatThrownBy(() -> LaunchOptions.parse("--lang", "fr"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown language 'fr' for --lang; expected en or zh");
    }

    @Test
    void unknownThemeAndMissingValueAndUnknownArgumentAreErrors() {
        assertThatThrownBy(() -> LaunchOptions.parse("--theme", "blue")).hasMessageContaining("'blue'");
        assertThatThrownBy(() -> LaunchOptions.parse("--lang")).hasMessage("--lang needs a value");
        assertThatThrownBy(() -> LaunchOptions.parse("--fullscreen")).hasMessage("unknown argument '--fullscreen'");
    }

    @Test
    void demoUserIsParsedAndMustNotBeBlank() {
        assertThat(LaunchOptions.parse("--demo-user", "uw.pudong").demoUser()).contains("uw.pudong");
        assertThat(LaunchOptions.parse("--demo-user=broker.alice").demoUser()).contains("broker.alice");
        assertThat(LaunchOptions.parse().demoUser()).isEmpty();
        assertThatThrownBy(() -> LaunchOptions.parse("--demo-user", " ")).hasMessageContaining("--demo-user needs a user name");
    }

    @Test
    void placementToOpenIsParsedAndMustNotBeBlank() {
        assertThat(LaunchOptions.parse("--placement", "B0999HT2027013").placement()).contains("B0999HT2027013");
        assertThat(LaunchOptions.parse("--placement=B0999HT2027012", "--page", "inquiries").placement()).contains("B0999HT2027012");
        assertThat(LaunchOptions.parse().placement()).isEmpty();
        assertThatThrownBy(() -> LaunchOptions.parse("--placement", "")).hasMessageContaining("--placement needs a UMR");
    }
}
