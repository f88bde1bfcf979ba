package io.redesk.app.env;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AppVersionTest {

    @Test
    void theBuildWroteTheProjectVersion() {
        assertThat(AppVersion.current()).matches("[0-9]+\\.[0-9]+\\.[0-9]+(-[A-Za-z0-9.]+)?");
    }

    @Test
    void comparesByNumbersAndAPreReleaseComesBeforeItsRelease() {
        assertThat(AppVersion.isNewer("0.2.0", "0.1.0")).isTrue();
        assertThat(AppVersion.isNewer("0.10.0", "0.9.9")).as("numbers, not text").isTrue();
        assertThat(AppVersion.isNewer("0.1.0", "0.1.0-SNAPSHOT")).isTrue();
        assertThat(AppVersion.isNewer("0.1.0-SNAPSHOT", "0.1.0")).isFalse();
        assertThat(AppVersion.isNewer("0.1", "0.1.0")).as("0.1 is 0.1.0").isFalse();
        assertThat(AppVersion.isNewer("0.1.0", "0.1.0")).isFalse();
        assertThat(AppVersion.isNewer("0.0.9", "0.1.0")).isFalse();
    }

    @Test
    void refusesWhatIsNotAVersion() {
        for (String bad : new String[] {"", "v1.0", "1.0 ", "1..0", "1.0.0\n", "latest"}) {
            assertThatThrownBy(() -> AppVersion.isNewer(bad, "0.1.0")).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
