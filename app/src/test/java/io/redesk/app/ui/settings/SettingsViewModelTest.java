package io.redesk.app.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import io.redesk.app.i18n.Language;
import io.redesk.app.i18n.LocaleFormats;
import io.redesk.app.prefs.AppPreferences;
import io.redesk.app.prefs.PreferencesStore;
import io.redesk.app.prefs.ThemeChoice;
import io.redesk.app.task.CurrentThreadTaskExecutor;
import io.redesk.app.ui.i18n.I18n;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsViewModelTest {

    private static final AppPreferences DEFAULTS = new AppPreferences(Language.ENGLISH, ThemeChoice.LIGHT);

    @TempDir
    Path home;

    private final I18n i18n = new I18n(Language.ENGLISH,
            language -> new LocaleFormats(language.formatLocale(null), ZoneId.of("Asia/Shanghai")));
    private final SimpleObjectProperty<ThemeChoice> theme = new SimpleObjectProperty<>(ThemeChoice.LIGHT);

    private SettingsViewModel settings(PreferencesStore store, List<String> problems) {
        return new SettingsViewModel(i18n, theme, store, new CurrentThreadTaskExecutor(), problems);
    }

    @Test
    void choosingALanguageAppliesItAtOnceAndSavesIt() {
        PreferencesStore store = new PreferencesStore(home.resolve("preferences.properties"));
        SettingsViewModel settings = settings(store, List.of());

        settings.selectLanguage(Language.CHINESE);

        assertThat(i18n.getLanguage()).isEqualTo(Language.CHINESE);
        assertThat(store.load(DEFAULTS).preferences()).isEqualTo(new AppPreferences(Language.CHINESE, ThemeChoice.LIGHT));
        assertThat(settings.problemProperty().get()).isEmpty();
    }

    @Test
    void choosingAThemeAppliesItAtOnceAndSavesItWithTheLanguage() {
        PreferencesStore store = new PreferencesStore(home.resolve("preferences.properties"));
        SettingsViewModel settings = settings(store, List.of());

        settings.selectLanguage(Language.CHINESE);
        settings.selectTheme(ThemeChoice.DARK);

        assertThat(theme.get()).isEqualTo(ThemeChoice.DARK);
        assertThat(store.load(DEFAULTS).preferences()).isEqualTo(new AppPreferences(Language.CHINESE, ThemeChoice.DARK));
    }

    @Test
    void aFailedSaveKeepsTheChoiceForThisSessionAndSaysWhereAndWhy() throws IOException {
        Path blocker = home.resolve("not-a-folder");
        Files.writeString(blocker, "x");
        PreferencesStore store = new PreferencesStore(blocker.resolve("preferences.properties"));
        SettingsViewModel settings = settings(store, List.of());

        settings.selectTheme(ThemeChoice.DARK);

        assertThat(theme.get()).isEqualTo(ThemeChoice.DARK);
        assertThat(settings.problemProperty().get())
                .startsWith("Could not save your settings to " + store.file())
                .contains("They apply until ReDesk closes");
    }

    @Test
    void problemsFromLoadingAreShown() {
        SettingsViewModel settings = settings(new PreferencesStore(home.resolve("p.properties")),
                List.of("unknown language 'fr'"));

        assertThat(settings.problemProperty().get())
                .isEqualTo("Some saved settings could not be read, so defaults are used: unknown language 'fr'");
    }

    @Test
    void formatPreviewFollowsTheLanguage() {
        SettingsViewModel settings = settings(new PreferencesStore(home.resolve("p.properties")), List.of());
        var money = settings.sampleMoney();
        assertThat(money.get()).isEqualTo("CN¥1,250,000.00");

        settings.selectLanguage(Language.CHINESE);

        assertThat(money.get()).isEqualTo("¥1,250,000.00");
        assertThat(settings.sampleShare().get()).isEqualTo("18.7500%");
    }
}
