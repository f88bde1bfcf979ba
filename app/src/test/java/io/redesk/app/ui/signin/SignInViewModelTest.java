package io.redesk.app.ui.signin;

import static org.assertj.core.api.Assertions.assertThat;

import io.redesk.app.i18n.Language;
import io.redesk.app.session.DemoExchange;
import io.redesk.app.session.ExchangeSettings;
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

        // under the repeated passphrase, where the mistake is, not under the first field
        assertThat(model.confirmErrorProperty().get()).isEqualTo("The two passphrases differ.");
        assertThat(model.passphraseErrorProperty().get()).isEmpty();
        assertThat(Files.exists(new VaultLocation(home, "pudong").keyFile())).isFalse();
    }

    @Test
    void aFirstRunSaysSoAndShowsThePassphraseRuleBeforeAnyTry() {
        // no profile on this computer yet: nothing to unlock
        assertThat(model.profiles()).isEmpty();
        assertThat(model.titleProperty().get()).isEqualTo("Set up ReDesk: create your first profile");
        assertThat(model.passphraseHelpProperty().get()).contains("At least 8 characters").contains("never leaves");
        assertThat(model.passphraseErrorProperty().get()).isEmpty();

        model.createProfileProperty().set(false);
        assertThat(model.passphraseHelpProperty().get()).contains("not your exchange password");
    }

    @Test
    void saysWhatTheLongStepsAreWhileSigningIn() {
        fill("uw.pudong", DemoExchange.password(), "pudong", "a long passphrase", "a long passphrase");
        java.util.List<String> seen = new java.util.ArrayList<>();
        model.stepTextProperty().addListener((obs, old, now) -> seen.add(now));

        model.signIn(signedIn::add);

        assertThat(signedIn).hasSize(1);
        assertThat(seen).contains("Signing in to the exchange…", "Creating your encrypted vault…");
        assertThat(model.stepTextProperty().get()).as("cleared once signed in").isEmpty();
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

    @Test
    void anExistingProfileUnlocksWithThePassphraseAloneWithoutTheExchangeLogin() {
        fill("broker.alice", DemoExchange.password(), "alice", "a long passphrase", "a long passphrase");
        model.signIn(signedIn::add);
        sessions.quit();
        model.refresh();

        model.usernameProperty().set("");
        model.passwordProperty().set("");
        model.passphraseProperty().set("a long passphrase");
        model.signIn(signedIn::add);

        assertThat(model.usernameErrorProperty().get()).isEmpty();
        assertThat(model.passwordErrorProperty().get()).isEmpty();
        assertThat(sessions.require().user().username()).isEqualTo("broker.alice");
        assertThat(signedIn).hasSize(2);
    }

    @Test
    void aMessageUnderAFieldClearsOnceTheFieldIsEdited() {
        model.signIn(signedIn::add);
        assertThat(model.passphraseErrorProperty().get()).isEqualTo("Enter the passphrase.");
        assertThat(model.usernameErrorProperty().get()).isEqualTo("Enter your exchange user name.");

        model.passphraseProperty().set("a");
        model.usernameProperty().set("b");

        assertThat(model.passphraseErrorProperty().get()).isEmpty();
        assertThat(model.usernameErrorProperty().get()).isEmpty();
        assertThat(model.passwordErrorProperty().get()).as("untouched, still true").isEqualTo("Enter your exchange password.");
    }

    @Test
    void aWrongPasswordMessageClearsWhenThePasswordIsRetyped() {
        fill("uw.pudong", "not-the-password", "pudong", "a long passphrase", "a long passphrase");
        model.signIn(signedIn::add);
        assertThat(model.passwordErrorProperty().get()).isNotEmpty();

        model.passwordProperty().set(DemoExchange.password());

        assertThat(model.passwordErrorProperty().get()).isEmpty();
    }

    @Test
    void aNewProfileWithTheExchangeUnreachableSaysItsFirstSignInNeedsTheExchangeInBothLanguages() {
        SignInService unreachable = new SignInService(home, ExchangeSettings.configured("http://127.0.0.1:1", null),
                TestExchange.fastVaults());
        try {
            SignInViewModel offline = new SignInViewModel(unreachable, sessions, new CurrentThreadTaskExecutor(), i18n);
            offline.usernameProperty().set("broker.alice");
            offline.passwordProperty().set(DemoExchange.password());
            offline.profileProperty().set("alice");
            offline.createProfileProperty().set(true);
            offline.passphraseProperty().set("a long passphrase");
            offline.passphraseConfirmProperty().set("a long passphrase");

            offline.signIn(signedIn::add);

            assertThat(offline.errorProperty().get()).startsWith("A profile's first sign-in needs the exchange, and "
                    + "ReDesk cannot reach it (Exchange at http://127.0.0.1:1).");
            assertThat(unreachable.profiles()).isEmpty();
            i18n.setLanguage(io.redesk.app.i18n.Language.CHINESE);
            offline.passphraseProperty().set("a long passphrase");
            offline.signIn(signedIn::add);
            assertThat(offline.errorProperty().get()).startsWith("档案首次登录需要连接交易中心");
        } finally {
            unreachable.close();
        }
    }

    @Test
    void aProfileOfAnotherExchangeNamesBoth() {
        unlockAfterMovingTheExchange();

        assertThat(model.errorProperty().get()).isEqualTo("Profile alice belongs to the exchange "
                + TestExchange.get().baseUrl() + ", but ReDesk is set to Exchange at http://127.0.0.1:1. Switch the "
                + "exchange connection back, or create a new profile for this exchange.");
        assertThat(sessions.current()).isEmpty();
    }

    @Test
    void changingTheExchangeOnThisScreenShowsItAndDropsTheOldMessage() {
        unlockAfterMovingTheExchange();
        assertThat(model.errorProperty().get()).startsWith("Profile alice belongs to");

        service.useSettings(TestExchange.settings());
        model.exchangeChanged();

        assertThat(model.errorProperty().get()).isEmpty();
        assertThat(model.exchangeTextProperty().get()).isEqualTo("Exchange at " + TestExchange.get().baseUrl());
    }

    /** Creates profile alice on the test exchange, quits, points the app at another exchange, unlocks. */
    private void unlockAfterMovingTheExchange() {
        fill("broker.alice", DemoExchange.password(), "alice", "a long passphrase", "a long passphrase");
        model.signIn(signedIn::add);
        sessions.quit();
        service.useSettings(ExchangeSettings.configured("http://127.0.0.1:1", null));
        model.refresh();
        model.passphraseProperty().set("a long passphrase");
        model.signIn(signedIn::add);
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
