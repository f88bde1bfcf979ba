package io.redesk.app.prefs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redesk.app.i18n.Language;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreferencesStoreTest {

    private static final AppPreferences DEFAULTS = new AppPreferences(Language.ENGLISH, ThemeChoice.LIGHT);

    @TempDir
    Path home;

    private Path file() {
        return home.resolve("nested/preferences.properties");
    }

    @Test
    void firstRunGivesDefaultsFromTheOperatingSystemLocale() {
        assertThat(AppPreferences.defaultsFor(Locale.CHINA)).isEqualTo(new AppPreferences(Language.CHINESE, ThemeChoice.LIGHT));
        assertThat(AppPreferences.defaultsFor(Locale.FRANCE).language()).isEqualTo(Language.ENGLISH);

        PreferencesStore.Loaded loaded = new PreferencesStore(file()).load(DEFAULTS);

        assertThat(loaded.preferences()).isEqualTo(DEFAULTS);
        assertThat(loaded.problems()).isEmpty();
    }

    @Test
    void savedPreferencesComeBack() throws IOException {
        PreferencesStore store = new PreferencesStore(file());
        AppPreferences chosen = new AppPreferences(Language.CHINESE, ThemeChoice.DARK);

        store.save(chosen);

        assertThat(new PreferencesStore(file()).load(DEFAULTS).preferences()).isEqualTo(chosen);
    }

    @Test
    void aBadValueFallsBackForThatSettingOnlyAndIsReported() throws IOException {
        Files.createDirectories(file().getParent());
        Files.writeString(file(), "language=fr\ntheme=dark\n", StandardCharsets.UTF_8);

        PreferencesStore.Loaded loaded = new PreferencesStore(file()).load(DEFAULTS);

        assertThat(loaded.preferences()).isEqualTo(new AppPreferences(Language.ENGLISH, ThemeChoice.DARK));
        assertThat(loaded.problems()).singleElement().asString()
                .contains("unknown language 'fr'").contains("expected en or zh");
    }

    @Test
    void savingKeepsKeysThisVersionDoesNotKnow() throws IOException {
        Files.createDirectories(file().getParent());
        Files.writeString(file(), "language=en\nfuture.setting=keep me\n", StandardCharsets.UTF_8);

        new PreferencesStore(file()).save(new AppPreferences(Language.CHINESE, ThemeChoice.LIGHT));

        String saved = Files.readString(file(), StandardCharsets.UTF_8);
        assertThat(saved).contains("future.setting=keep me").contains("language=zh").contains("theme=light");
    }

    @Test
    void anUnreadableFileGivesDefaultsAndIsKeptAsideWhenSaving() throws IOException {
        Files.createDirectories(file().getParent());
        byte[] corrupt = {'l', 'a', 'n', 'g', '=', (byte) 0xC3, (byte) 0x28};
        Files.write(file(), corrupt);
        PreferencesStore store = new PreferencesStore(file());

        PreferencesStore.Loaded loaded = store.load(DEFAULTS);
        store.save(new AppPreferences(Language.CHINESE, ThemeChoice.DARK));

        assertThat(loaded.preferences()).isEqualTo(DEFAULTS);
        assertThat(loaded.problems()).singleElement().asString().contains("cannot read preferences file");
        assertThat(Files.readAllBytes(file().resolveSibling("preferences.properties.unreadable"))).isEqualTo(corrupt);
        assertThat(store.load(DEFAULTS).preferences()).isEqualTo(new AppPreferences(Language.CHINESE, ThemeChoice.DARK));
    }

    @Test
    void aFailedSaveLeavesTheOldFileUntouched() throws IOException {
        PreferencesStore store = new PreferencesStore(file());
        store.save(new AppPreferences(Language.CHINESE, ThemeChoice.DARK));
        Path blocker = home.resolve("blocked");
        Files.writeString(blocker, "a file where a folder should be");

        assertThatThrownBy(() -> new PreferencesStore(blocker.resolve("preferences.properties")).save(DEFAULTS))
                .isInstanceOf(IOException.class);
        assertThat(store.load(DEFAULTS).preferences()).isEqualTo(new AppPreferences(Language.CHINESE, ThemeChoice.DARK));
        try (var files = Files.list(file().getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("preferences.properties");
        }
    }
}
