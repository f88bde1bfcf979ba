package io.redesk.app.ui.signin;

import static org.assertj.core.api.Assertions.assertThat;

import io.redesk.app.i18n.Language;
import io.redesk.app.session.DemoExchange;
import io.redesk.app.session.Session;
import io.redesk.app.session.SessionHolder;
import io.redesk.app.session.SignInService;
import io.redesk.app.task.CurrentThreadTaskExecutor;
import io.redesk.app.testing.TestExchange;
import io.redesk.app.ui.i18n.I18n;
import io.redesk.store.vault.VaultLocation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sign-in screen's logic against a real exchange and real vaults, without a toolkit. */
class SignInViewModelTest {

    @TempDir
    Path home;

    private SignInService service;
    private final SessionHolder sessions = new SessionHolder();
    private final I18n i18n = new I18n(Language.ENGLISH);
    private final List<Session> signedIn = new ArrayList<>();
    private SignInViewModel model;

    @BeforeEach
    void setUp() {
        service = new SignInService(home, TestExchange.settings(), TestExchange.fastVaults());
        model = new SignInViewModel(service, sessions, new CurrentThreadTaskExecutor(), i18n);
    }

    @AfterEach
    void tearDown() {
        sessions.close();
        service.close();
    }

    @Test
    void startsWithANewProfileWhenThereIsNone() {
        assertThat(model.profiles()).isEmpty();
        assertThat(model.createProfileProperty().get()).isTrue();
        assertThat(model.needsConfirm().get()).isTrue();
    }

    @Test
    void explainsEveryMissingFieldBesideIt() {
        model.signIn(signedIn::add);

        assertThat(model.profileErrorProperty().get()).isEqualTo("Enter a profile name.");
        assertThat(model.passphraseErrorProperty().get()).isEqualTo("Enter the passphrase.");
        assertThat(model.usernameErrorProperty().get()).isEqualTo("Enter your exchange user name.");
        assertThat(model.passwordErrorProperty().get()).isEqualTo("Enter your exchange password.");
        assertThat(signedIn).isEmpty();
    }

    @Test
    void explainsInChineseWhenTheUserReadsChinese() {
        i18n.setLanguage(Language.CHINESE);
        model.profileProperty().set("../etc");
        model.passphraseProperty().set("short");

        assertThat(model.validate()).isFalse();

        assertThat(model.profileErrorProperty().get()).startsWith("档案名称只能使用");
        assertThat(model.passphraseErrorProperty().get()).isEqualTo("新口令至少需要 8 个字符。");
    }

    @Test
    void refusesANewPassphraseThatDoesNotMatchItsRepeat() {
        fill("uw.pudong", DemoExchange.password(), "pudong", "a long passphrase", "a long passfrase");

        model.signIn(signedIn::add);

        assertThat(model.passphraseErrorProperty().get()).isEqualTo("The two passphrases differ.");
        assertThat(Files.exists(new VaultLocation(home, "pudong").keyFile())).isFalse();
    }

    @Test
    void signsInCreatingTheProfileAndKnowsTheUsersOrganisationAndRole() {
        fill("uw.pudong", DemoExchange.password(), "pudong", "a long passphrase", "a long passphrase");

        model.signIn(signedIn::add);

        assertThat(model.errorProperty().get()).isEmpty();
        assertThat(signedIn).hasSize(1);
        Session session = sessions.require();
        assertThat(session.user().username()).isEqualTo("uw.pudong");
        assertThat(session.organisation().name()).isEqualTo("Pudong Re");
        assertThat(session.isUnderwriter()).isTrue();
        assertThat(session.isBroker()).isFalse();
        assertThat(session.vault().isUnlocked()).isTrue();
        assertThat(service.profiles()).containsExactly("pudong");
        // secrets do not linger in the form
        assertThat(model.passphraseProperty().get()).isEmpty();
        assertThat(model.passwordProperty().get()).isEmpty();
    }

    @Test
    void aWrongExchangePasswordIsShownBesideThePasswordAndCreatesNoProfile() {
        fill("uw.pudong", "not-the-password", "pudong", "a long passphrase", "a long passphrase");

        model.signIn(signedIn::add);

        assertThat(model.passwordErrorProperty().get())
                .isEqualTo("The exchange did not accept this user name and password.");
        assertThat(signedIn).isEmpty();
        assertThat(sessions.current()).isEmpty();
        assertThat(service.profiles()).isEmpty();
    }

    @Test
    void aWrongPassphraseOnUnlockIsShownAndTheProfileStaysUsable() {
        fill("uw.pudong", DemoExchange.password(), "pudong", "a long passphrase", "a long passphrase");
        model.signIn(signedIn::add);
        sessions.signOut();
        model.refresh();
        assertThat(model.createProfileProperty().get()).isFalse();

        model.usernameProperty().set("uw.pudong");
        model.passwordProperty().set(DemoExchange.password());
        model.passphraseProperty().set("the wrong one");
        model.signIn(signedIn::add);

        assertThat(model.passphraseErrorProperty().get()).startsWith("Wrong passphrase.");
        assertThat(sessions.current()).isEmpty();

        model.passwordProperty().set(DemoExchange.password());
        model.passphraseProperty().set("a long passphrase");
        model.signIn(signedIn::add);

        assertThat(sessions.current()).isPresent();
        assertThat(signedIn).hasSize(2);
    }

    @Test
    void demoSignInIsRefusedAwayFromTheBuiltInDemo() {
        model.signInDemo("uw.pudong", signedIn::add);

        assertThat(model.errorProperty().get()).isEqualTo("Demo users exist only on the built-in demo exchange.");
        assertThat(model.demoUsers()).isEmpty();
        assertThat(signedIn).isEmpty();
    }

    private void fill(String user, String password, String profile, String passphrase, String confirm) {
        model.usernameProperty().set(user);
        model.passwordProperty().set(password);
        model.profileProperty().set(profile);
        model.createProfileProperty().set(true);
        model.passphraseProperty().set(passphrase);
        model.passphraseConfirmProperty().set(confirm);
    }
}
