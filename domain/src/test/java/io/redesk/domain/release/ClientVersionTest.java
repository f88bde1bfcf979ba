package io.redesk.domain.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ClientVersionTest {

    @Test
    void ordersByNumbersWithAPreReleaseBeforeItsRelease() {
        assertThat(ClientVersion.parse("0.10.0").isNewerThan(ClientVersion.parse("0.9.9"))).isTrue();
        assertThat(ClientVersion.parse("1.0.0").isNewerThan(ClientVersion.parse("1.0.0-rc1"))).isTrue();
        assertThat(ClientVersion.parse("1.0.0-rc1").isNewerThan(ClientVersion.parse("0.9"))).isTrue();
        assertThat(ClientVersion.parse("1.0")).isEqualByComparingTo(ClientVersion.parse("1.0.0"));
        assertThat(ClientVersion.parse("1.2.3-SNAPSHOT")).hasToString("1.2.3-SNAPSHOT");
    }

    @Test
    void parsesExactlyAndRefusesTheRest() {
        for (String bad : new String[] {"", " 1.0", "1.0\n", "1.", ".1", "1.0.0.0.0", "v1", "1.0-", "1.0.0-rc 1"}) {
            assertThatThrownBy(() -> ClientVersion.parse(bad)).as("'%s'", bad).isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> ClientVersion.parse(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
