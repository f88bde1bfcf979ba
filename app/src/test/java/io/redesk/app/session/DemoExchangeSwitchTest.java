package io.redesk.app.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redesk.app.testing.Profiles;
import io.redesk.app.testing.TestExchange;
import io.redesk.store.crypto.CryptoSuite;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The built-in demo exchange stops when the user switches to a configured exchange. */
class DemoExchangeSwitchTest {

    @TempDir
    Path home;

    @Test
    void switchingToAConfiguredExchangeStopsTheDemoOnceNoSessionUsesIt() throws Exception {
        try (SignInService service = new SignInService(home, ExchangeSettings.builtInDemo(), TestExchange.fastVaults())) {
            service.runSync(false);
            Session onDemo = service.signIn(Profiles.create("alice", "broker.alice", CryptoSuite.INTERNATIONAL));
            URI demo = URI.create(service.exchangeUrl());
            assertThat(service.demoRunning()).isTrue();

            service.useSettings(TestExchange.settings());
            assertThat(service.demoRunning()).as("the open session still works on it").isTrue();
            assertThat(onDemo.client().users().me().user().username()).isEqualTo("broker.alice");

            onDemo.close();
            assertThat(service.demoRunning()).isFalse();
            assertThatThrownBy(() -> connect(demo)).as("nothing listens on the demo's port any more")
                    .isInstanceOf(IOException.class);
            assertThat(service.exchangeUrl()).isEqualTo(TestExchange.get().baseUrl());
        }
    }

    private static void connect(URI uri) throws IOException {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(uri.getHost(), uri.getPort()), 1000);
        }
    }
}
