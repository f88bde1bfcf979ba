package io.redesk.app.env;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AppDirectoriesTest {

    @Test
    void redeskHomePropertyWinsOnEveryPlatform() {
        AppDirectories dirs = AppDirectories.resolve("/tmp/rd", "Linux", Map.of("XDG_DATA_HOME", "/x"), "/home/u");

        assertThat(dirs.home()).isEqualTo(Path.of("/tmp/rd"));
        assertThat(dirs.logs()).isEqualTo(Path.of("/tmp/rd/logs"));
        assertThat(dirs.preferencesFile()).isEqualTo(Path.of("/tmp/rd/preferences.properties"));
    }

    @Test
    void blankRedeskHomeIsRejectedWithTheName() {
        assertThatThrownBy(() -> AppDirectories.resolve("  ", "Linux", Map.of(), "/home/u"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("redesk.home").hasMessageContaining("empty");
    }

    @Test
    void linuxUsesXdgDataHome() {
        assertThat(AppDirectories.resolve(null, "Linux", Map.of("XDG_DATA_HOME", "/data"), "/home/u").home())
                .isEqualTo(Path.of("/data/redesk"));
    }

    @Test
    void linuxFallsBackToLocalShareWhenXdgIsUnsetOrRelative() {
        assertThat(AppDirectories.resolve(null, "Linux", Map.of(), "/home/u").home())
                .isEqualTo(Path.of("/home/u/.local/share/redesk"));
        assertThat(AppDirectories.resolve(null, "Linux", Map.of("XDG_DATA_HOME", "rel/dir"), "/home/u").home())
                .isEqualTo(Path.of("/home/u/.local/share/redesk"));
    }

    @Test
    void macUsesApplicationSupport() {
        assertThat(AppDirectories.resolve(null, "Mac OS X", Map.of(), "/Users/u").home())
                .isEqualTo(Path.of("/Users/u/Library/Application Support/ReDesk"));
    }

    @Test
    void windowsUsesAppData() {
        // an APPDATA that is absolute on this OS stands in for the real Roaming folder
        String appData = Path.of("/roaming").toAbsolutePath().toString();
        assertThat(AppDirectories.resolve(null, "Windows 11", Map.of("APPDATA", appData), "/home/u").home())
                .isEqualTo(Path.of(appData, "ReDesk"));
        assertThat(AppDirectories.resolve(null, "Windows 11", Map.of(), "/home/u").home())
                .isEqualTo(Path.of("/home/u", "AppData", "Roaming", "ReDesk"));
    }

    @Test
    void missingUserHomeIsAClearError() {
        assertThatThrownBy(() -> AppDirectories.resolve(null, "Linux", Map.of(), ""))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("user.home");
    }
}
