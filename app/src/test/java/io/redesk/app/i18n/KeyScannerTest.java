package io.redesk.app.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The consistency test's key scanner finds the call forms the code uses, and nothing else. */
class KeyScannerTest {

    @Test
    void findsKeysInTextBindAndKeyCallsOnly(@TempDir Path sources) throws IOException {
        Files.writeString(sources.resolve("Sample.java"), """
                class Sample {
                    void f() {
                        label.textProperty().bind(i18n.bind("nav.slips"));
                        i18n.text("status.lastSync", when);
                        HOME(key("nav.home"), null);
                        label.setText("not.a.key");
                        System.getProperty("redesk.home");
                    }
                }
                """);

        assertThat(LocalizationConsistencyTest.keysUsedIn(sources))
                .containsExactly("nav.home", "nav.slips", "status.lastSync");
    }
}
