package io.redesk.app.ui.signin;

import static org.assertj.core.api.Assertions.assertThat;

import io.redesk.app.i18n.Language;
import io.redesk.app.session.DemoExchange;
import io.redesk.app.session.ExchangeLink;
import io.redesk.app.session.Session;
import io.redesk.app.session.SignInService;
import io.redesk.app.task.CurrentThreadTaskExecutor;
import io.redesk.app.testing.Profiles;
import io.redesk.app.testing.TestExchange;
import io.redesk.app.ui.i18n.I18n;
import io.redesk.store.crypto.CryptoSuite;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The desk's "sign in again" prompt over a real background sign-in, without a toolkit. */
class SignInAgainViewModelTest {

    @TempDir
    Path home;

    private final I18n i18n = new I18n(Language.ENGLISH);
    private SignInService service;
    private Session session;
    private ExchangeLink link;
    private SignInAgainViewModel model;

    @BeforeEach
    void setUp() throws Exception {
        service = new SignInService(home, TestExchange.settings(), TestExchange.fastVaults());
        service.runSync(false);
        service.linkRetry(Duration.ofMillis(100));
        service.signIn(Profiles.create("alice", "broker.alice", CryptoSuite.INTERNATIONAL)).quit();
        Profiles.useUpTheSavedRefreshToken(home, "alice");
        session = service.signIn(Profiles.unlock("alice", "", ""));
        link = session.service(ExchangeLink.class).orElseThrow();
        model = new SignInAgainViewModel(link, session.exchangeName(), new CurrentThreadTaskExecutor(), i18n, Runnable::run);
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (link.phase() != ExchangeLink.Phase.PASSWORD_NEEDED && System.nanoTime() < end) {
            Thread.sleep(20);
        }
    }

    @AfterEach
    void tearDown() throws Exception {
        model.close();
        session.close();
        service.close();
    }

    @Test
    void asksForThePasswordWhenTheExchangeRefusedTheSavedSession() {
        assertThat(link.phase()).isEqualTo(ExchangeLink.Phase.PASSWORD_NEEDED);
        assertThat(model.showingProperty().get()).isTrue();
        assertThat(model.askPasswordProperty().get()).isTrue();
        assertThat(model.messageProperty().get()).isEqualTo("127.0.0.1 asks for your password again to sync. "
                + "Your desk stays open; your changes wait until you sign in.");
        assertThat(model.passwordLabel()).isEqualTo("Password for broker.alice");
        assertThat(session.vault().isUnlocked()).isTrue();
    }

    @Test
    void aWrongPasswordIsSaidAndTheMessageGoesWhenTheUserRetypes() {
        model.passwordProperty().set("not-the-password");
        model.signIn();

        assertThat(model.errorProperty().get()).isEqualTo("The exchange did not accept this password.");
        assertThat(model.showingProperty().get()).isTrue();
        assertThat(model.passwordProperty().get()).as("the typed password is not kept").isEmpty();

        model.passwordProperty().set("d");
        assertThat(model.errorProperty().get()).isEmpty();
    }

    @Test
    void theRightPasswordSignsInAndThePromptGoes() {
        model.passwordProperty().set(DemoExchange.password());
        model.signIn();

        assertThat(link.phase()).isEqualTo(ExchangeLink.Phase.SIGNED_IN);
        assertThat(model.showingProperty().get()).isFalse();
        assertThat(model.errorProperty().get()).isEmpty();
    }

    @Test
    void anEmptyPasswordIsRefusedBeforeAskingTheExchange() {
        model.signIn();

        assertThat(model.errorProperty().get()).isEqualTo("Enter your exchange password.");
        assertThat(link.phase()).isEqualTo(ExchangeLink.Phase.PASSWORD_NEEDED);
    }

    @Test
    void theMessageFollowsTheLanguage() {
        i18n.setLanguage(Language.CHINESE);
        assertThat(model.messageProperty().get()).isEqualTo("127.0.0.1 要求重新输入密码才能同步。工作台保持打开，您的更改会在登录后发送。");
    }
}
