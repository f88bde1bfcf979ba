package io.redesk.app.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The exchange connection: what is accepted, what is refused and why, and how it is saved. */
class ExchangeSettingsTest {

    @TempDir
    Path home;

    @Test
    void noUrlMeansTheBuiltInDemo() {
        assertThat(ExchangeSettings.builtInDemo().isBuiltInDemo()).isTrue();
        assertThat(new ExchangeSettingsStore(home.resolve("exchange.properties")).load().settings().isBuiltInDemo())
                .isTrue();
    }

    @Test
    void plainHttpIsRefusedBeyondThisComputer() {
        assertThatThrownBy(() -> ExchangeSettings.configured("http://exchange.example:8080", null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("loopback");
    }

    @Test
    void aPinNeedsHttps() {
        assertThatThrownBy(() -> ExchangeSettings.configured("http://127.0.0.1:8080",
                "sha256/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("https");
    }

    @Test
    void aMalformedPinIsRefused() {
        assertThatThrownBy(() -> ExchangeSettings.configured("https://exchange.example:8443", "sha256/not-a-pin"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void savedSettingsComeBack() throws Exception {
        ExchangeSettingsStore store = new ExchangeSettingsStore(home.resolve("exchange.properties"));
        ExchangeSettings settings = ExchangeSettings.configured("https://exchange.example:8443",
                "sha256/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=");

        store.save(settings);

        assertThat(store.load().settings()).isEqualTo(settings);
        assertThat(store.load().problem()).isEmpty();
    }

    @Test
    void anUnusableSavedUrlFallsBackToTheDemoAndSaysWhy() throws Exception {
        Path file = home.resolve("exchange.properties");
        Files.writeString(file, "exchange.url=http://exchange.example:8080\n");

        ExchangeSettingsStore.Loaded loaded = new ExchangeSettingsStore(file).load();

        assertThat(loaded.settings().isBuiltInDemo()).isTrue();
        assertThat(loaded.problem()).get().asString().contains("loopback");
    }
}
