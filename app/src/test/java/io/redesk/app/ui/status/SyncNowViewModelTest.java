package io.redesk.app.ui.status;

import static org.assertj.core.api.Assertions.assertThat;

import io.redesk.app.i18n.Language;
import io.redesk.app.session.ExchangeLink;
import io.redesk.app.session.ExchangeSettings;
import io.redesk.app.session.Session;
import io.redesk.app.session.SignInService;
import io.redesk.app.sync.engine.SyncEngine;
import io.redesk.app.sync.fault.FaultPlan;
import io.redesk.app.sync.fault.FaultProxy;
import io.redesk.app.testing.Profiles;
import io.redesk.app.testing.TestExchange;
import io.redesk.app.ui.i18n.I18n;
import io.redesk.store.crypto.CryptoSuite;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Sync now" says offline when it is offline, and the message goes once the exchange is reached. */
class SyncNowViewModelTest {

    private static final String OFFLINE = "Offline: 127.0.0.1 cannot be reached. Your changes are kept and go out "
            + "as soon as it is back.";

    @TempDir
    Path home;

    private final I18n i18n = new I18n(Language.ENGLISH);
    private FaultProxy proxy;
    private SignInService service;
    private Session session;

    @BeforeEach
    void setUp() throws Exception {
        proxy = FaultProxy.start(URI.create(TestExchange.get().baseUrl()).getPort(), FaultPlan.none());
        service = new SignInService(home, ExchangeSettings.configured(proxy.baseUrl(), null), TestExchange.fastVaults());
        service.linkRetry(Duration.ofHours(1)); // only the test's own attempts
    }

    @AfterEach
    void tearDown() {
        if (session != null) {
            session.close();
        }
        service.close();
        proxy.close();
    }

    @Test
    void signedInAndOfflineItSaysOfflineAndTheMessageGoesWhenTheExchangeAnswers() throws Exception {
        session = service.signIn(Profiles.create("alice", "broker.alice", CryptoSuite.INTERNATIONAL));
        SyncNowViewModel model = model();
        proxy.offline(true);

        model.syncNow();
        await("the offline message", () -> OFFLINE.equals(model.messageProperty().get()));

        proxy.offline(false);
        model.syncNow();
        await("the message gone", () -> model.messageProperty().get().isEmpty()
                && model.stateProperty().get().online());
    }

    @Test
    void openedOfflineItTriesToSignInFirstAndSaysOffline() throws Exception {
        service.signIn(Profiles.create("alice", "broker.alice", CryptoSuite.INTERNATIONAL)).quit();
        proxy.offline(true);
        session = service.signIn(Profiles.unlock("alice", "", ""));
        SyncNowViewModel model = model();

        model.syncNow();
        await("the offline message", () -> OFFLINE.equals(model.messageProperty().get()));
        assertThat(session.service(SyncEngine.class).orElseThrow().state().phase())
                .as("no cycle without a session").isEqualTo(io.redesk.app.sync.engine.SyncState.Phase.IDLE);

        proxy.offline(false);
        model.syncNow();
        ExchangeLink link = session.service(ExchangeLink.class).orElseThrow();
        await("signed in", () -> link.phase() == ExchangeLink.Phase.SIGNED_IN);
        await("the message gone", () -> model.messageProperty().get().isEmpty());
    }

    @Test
    void waitingForThePasswordItPointsAtThePrompt() throws Exception {
        service.signIn(Profiles.create("alice", "broker.alice", CryptoSuite.INTERNATIONAL)).quit();
        Profiles.useUpTheSavedRefreshToken(home, "alice");
        session = service.signIn(Profiles.unlock("alice", "", ""));
        ExchangeLink link = session.service(ExchangeLink.class).orElseThrow();
        await("the password asked for", () -> link.attempt() == ExchangeLink.Phase.PASSWORD_NEEDED);

        SyncNowViewModel model = model();
        model.syncNow();

        assertThat(model.messageProperty().get())
                .isEqualTo("Not synced: the exchange asks for your password (above the status bar).");
    }

    private SyncNowViewModel model() {
        return new SyncNowViewModel(session.service(SyncEngine.class).orElseThrow(),
                session.service(ExchangeLink.class), session.exchangeName(), i18n, Runnable::run);
    }

    private static void await(String what, Supplier<Boolean> condition) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!condition.get()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("never " + what);
            }
            Thread.sleep(50);
        }
    }
}
