package io.redesk.app.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.redesk.app.testing.Profiles;
import io.redesk.app.testing.TestExchange;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoBackgroundStartTest {

    @TempDir
    Path home;

    @Test
    void theDemoStartedAtLaunchIsTheOneTheFirstSignInUses() throws Exception {
        try (SignInService service = new SignInService(home, ExchangeSettings.builtInDemo(), TestExchange.fastVaults())) {
            service.runSync(false);
            service.startDemoInBackground();
            service.startDemoInBackground(); // a second call starts nothing more

            String url = service.exchangeUrl(); // waits for the start under way
            assertThat(service.demoStarting()).isFalse();
            assertThat(service.demoRunning()).isTrue();
            assertThat(service.exchangeUrl()).isEqualTo(url);
            try (Session s = service.signIn(Profiles.create("alice", "broker.alice", io.redesk.store.crypto.CryptoSuite.INTERNATIONAL))) {
                assertThat(s.user().username()).isEqualTo("broker.alice");
            }
        }
    }

    @Test
    void aConfiguredExchangeStartsNoDemo() {
        try (SignInService service = new SignInService(home, TestExchange.settings(), TestExchange.fastVaults())) {
            service.startDemoInBackground();
            assertThat(service.demoStarting()).isFalse();
            assertThat(service.demoRunning()).isFalse();
        }
    }

    @Test
    void aReturningUsersDeskOpensWithoutWaitingAndTheDemoComesBackOnItsPort() throws Exception {
        String first;
        try (SignInService service = new SignInService(home, ExchangeSettings.builtInDemo(), TestExchange.fastVaults())) {
            service.runSync(false);
            try (Session s = service.signIn(Profiles.create("alice", "broker.alice", io.redesk.store.crypto.CryptoSuite.INTERNATIONAL))) {
                first = service.exchangeUrl();
            }
        }
        assertThat(DemoExchange.expectedUrl(home.resolve("demo-exchange"))).contains(first);
        try (SignInService service = new SignInService(home, ExchangeSettings.builtInDemo(), TestExchange.fastVaults())) {
            service.runSync(false);
            try (Session s = service.signIn(Profiles.unlock("alice", "", ""))) {
                assertThat(s.user().username()).as("from the vault").isEqualTo("broker.alice");
                assertThat(service.exchangeUrl()).as("the demo took its last port again").isEqualTo(first);
            }
        }
    }
}
