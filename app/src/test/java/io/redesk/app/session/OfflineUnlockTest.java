package io.redesk.app.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.redesk.app.sync.fault.FaultPlan;
import io.redesk.app.sync.fault.FaultProxy;
import io.redesk.app.testing.Profiles;
import io.redesk.app.testing.TestExchange;
import io.redesk.sdk.ExchangeClient;
import io.redesk.sdk.ExchangeClientOptions;
import io.redesk.sdk.auth.Tokens;
import io.redesk.sdk.model.party.Role;
import io.redesk.store.crypto.CryptoSuite;
import io.redesk.store.vault.Vault;
import io.redesk.store.vault.VaultLocation;
import io.redesk.store.vault.Vaults;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Opening a profile with its passphrase alone against a real exchange reached through a proxy the
 * test switches off and on, and the background sign-in's states (offline, signing in, signed in,
 * password needed, another user), without a toolkit.
 */
class OfflineUnlockTest {

    private static final String PASSPHRASE = Profiles.PASSPHRASE;

    @TempDir
    Path home;

    private FaultProxy proxy;
    private SignInService service;

    @BeforeEach
    void setUp() throws IOException {
        proxy = FaultProxy.start(URI.create(TestExchange.get().baseUrl()).getPort(), FaultPlan.none());
        service = new SignInService(home, ExchangeSettings.configured(proxy.baseUrl(), null), TestExchange.fastVaults());
        service.runSync(false);
        service.linkRetry(Duration.ofMillis(200));
    }

    @AfterEach
    void tearDown() {
        service.close();
        proxy.close();
    }

    @ParameterizedTest
    @EnumSource(CryptoSuite.class)
    void aProfileOpensWithItsPassphraseAloneOfflineAndSignsInInTheBackgroundOnceTheExchangeIsBack(CryptoSuite suite)
            throws Exception {
        service.signIn(create("alice", "broker.alice", suite)).quit();
        proxy.offline(true);

        try (Session session = service.signIn(unlock("alice", "", ""))) {
            assertThat(session.user().username()).isEqualTo("broker.alice");
            assertThat(session.organisation().name()).isEqualTo("Huatai Re Brokers");
            assertThat(session.roles()).contains(Role.BROKER);
            assertThat(session.vault().isUnlocked()).isTrue();
            assertThat(session.vault().suite()).isEqualTo(suite);
            ExchangeLink link = session.service(ExchangeLink.class).orElseThrow();
            assertThat(link.phase()).isEqualTo(ExchangeLink.Phase.OFFLINE);
            Thread.sleep(600);
            assertThat(link.phase()).as("still trying, quietly").isEqualTo(ExchangeLink.Phase.OFFLINE);

            proxy.offline(false);
            await("signed in with the saved session", () -> link.phase() == ExchangeLink.Phase.SIGNED_IN);
            assertThat(session.client().users().me().user().username()).isEqualTo("broker.alice");
        }
    }

    @Test
    void aPasswordTypedAtUnlockSignsInInTheBackground() throws Exception {
        service.signIn(create("alice", "broker.alice", CryptoSuite.INTERNATIONAL)).close(); // signed out: no tokens kept
        try (Session session = service.signIn(unlock("alice", "broker.alice", DemoExchange.password()))) {
            ExchangeLink link = session.service(ExchangeLink.class).orElseThrow();
            await("signed in with the password", () -> link.phase() == ExchangeLink.Phase.SIGNED_IN);
        }
    }

    @Test
    void aRefusedSessionAsksForThePasswordAndTheDeskStaysOpen() throws Exception {
        service.signIn(create("alice", "broker.alice", CryptoSuite.INTERNATIONAL)).quit();
        useUpTheSavedRefreshToken("alice");

        try (Session session = service.signIn(unlock("alice", "", ""))) {
            ExchangeLink link = session.service(ExchangeLink.class).orElseThrow();
            await("the password asked for", () -> link.phase() == ExchangeLink.Phase.PASSWORD_NEEDED);
            assertThat(session.vault().isUnlocked()).as("the desk is not locked").isTrue();

            assertThat(link.signIn("not-the-password")).isEqualTo(ExchangeLink.Phase.PASSWORD_REFUSED);
            assertThat(link.signIn(DemoExchange.password())).isEqualTo(ExchangeLink.Phase.SIGNED_IN);
            assertThat(session.client().users().me().user().username()).isEqualTo("broker.alice");
        }
    }

    @Test
    void withNoSavedSessionAndNoExchangeTheLinkSaysOfflineNotPasswordNeeded() throws Exception {
        service.signIn(create("alice", "broker.alice", CryptoSuite.INTERNATIONAL)).close();
        proxy.offline(true);
        try (Session session = service.signIn(unlock("alice", "", ""))) {
            ExchangeLink link = session.service(ExchangeLink.class).orElseThrow();
            assertThat(link.attempt()).isEqualTo(ExchangeLink.Phase.OFFLINE);
            proxy.offline(false);
            await("the password asked for once the exchange answers",
                    () -> link.phase() == ExchangeLink.Phase.PASSWORD_NEEDED);
        }
    }

    @Test
    void aProfileOfAnotherExchangeIsRefusedAndLeftLocked() throws Exception {
        service.signIn(create("alice", "broker.alice", CryptoSuite.INTERNATIONAL)).quit();
        service.useSettings(TestExchange.settings());

        SignInException e = catchThrowableOfType(SignInException.class, () -> service.signIn(unlock("alice", "", "")));

        assertThat(e.reason()).isEqualTo(SignInException.Reason.OTHER_EXCHANGE);
        assertThat(e.getMessage()).isEqualTo(proxy.baseUrl());
        // the vault was closed again: it opens normally once the exchange is set back
        service.useSettings(ExchangeSettings.configured(proxy.baseUrl(), null));
        try (Session session = service.signIn(unlock("alice", "", ""))) {
            assertThat(session.user().username()).isEqualTo("broker.alice");
        }
    }

    @Test
    void anotherUserNameOnAnExistingProfileIsRefused() throws Exception {
        service.signIn(create("alice", "broker.alice", CryptoSuite.INTERNATIONAL)).quit();

        SignInException e = catchThrowableOfType(SignInException.class,
                () -> service.signIn(unlock("alice", "uw.pudong", DemoExchange.password())));

        assertThat(e.reason()).isEqualTo(SignInException.Reason.OTHER_USER);
        assertThat(e.getMessage()).isEqualTo("broker.alice");
    }

    @Test
    void theLinkRefusesAnExchangeAccountThatIsNotTheProfilesUser() throws Exception {
        Session alice = service.signIn(create("alice", "broker.alice", CryptoSuite.INTERNATIONAL));
        io.redesk.sdk.model.party.Me aliceMe = new io.redesk.sdk.model.party.Me(alice.user(), alice.organisation());
        alice.close();
        VaultTokenStore tokens = new VaultTokenStore();
        try (ExchangeClient other = ExchangeClient.create(ExchangeClientOptions.builder().baseUrl(proxy.baseUrl())
                .tokenStore(tokens).build())) {
            other.auth().login("uw.pudong", DemoExchange.password());
            java.util.List<ExchangeLink.Phase> heard = new java.util.concurrent.CopyOnWriteArrayList<>();
            java.util.List<io.redesk.sdk.model.party.Me> signedIn = new java.util.ArrayList<>();
            try (ExchangeLink link = new ExchangeLink(other, tokens, aliceMe, ExchangeLink.Phase.OFFLINE, signedIn::add)) {
                link.subscribe(heard::add);
                assertThat(link.attempt()).isEqualTo(ExchangeLink.Phase.OTHER_USER);
                assertThat(heard).containsExactly(ExchangeLink.Phase.SIGNING_IN, ExchangeLink.Phase.OTHER_USER);
                assertThat(signedIn).as("nothing is synced for another user").isEmpty();
                assertThat(tokens.load()).as("the other session is dropped").isEmpty();
            }
        }
    }

    @Test
    void aNewProfileSaysItsFirstSignInNeedsTheExchangeAndCreatesNothing() {
        proxy.offline(true);

        SignInException e = catchThrowableOfType(SignInException.class,
                () -> service.signIn(create("alice", "broker.alice", CryptoSuite.INTERNATIONAL)));

        assertThat(e.reason()).isEqualTo(SignInException.Reason.FIRST_SIGN_IN_NEEDS_EXCHANGE);
        assertThat(service.profiles()).isEmpty();
    }

    @Test
    void aProfileThatNeverSavedAnIdentityNeedsOneOnlineSignIn() throws Exception {
        // a vault from before offline unlock: no identity inside
        Vaults.create(new VaultLocation(home, "old"), PASSPHRASE.toCharArray(), CryptoSuite.INTERNATIONAL,
                TestExchange.fastVaults()).close();

        SignInException e = catchThrowableOfType(SignInException.class, () -> service.signIn(unlock("old", "", "")));
        assertThat(e.reason()).isEqualTo(SignInException.Reason.FIRST_SIGN_IN_NEEDS_EXCHANGE);

        service.signIn(unlock("old", "broker.alice", DemoExchange.password())).quit();
        proxy.offline(true);
        try (Session offline = service.signIn(unlock("old", "", ""))) {
            assertThat(offline.user().username()).isEqualTo("broker.alice");
        }
    }

    @Test
    void theIdentityAndTokensAreKeptInTheVaultNotInPlainFiles() throws Exception {
        Session session = service.signIn(create("alice", "broker.alice", CryptoSuite.INTERNATIONAL));
        String refresh = session.client().auth().current().orElseThrow().refreshToken();
        session.quit();
        try (var files = java.nio.file.Files.walk(home)) {
            for (Path f : files.filter(java.nio.file.Files::isRegularFile).toList()) {
                assertThat(new String(java.nio.file.Files.readAllBytes(f), java.nio.charset.StandardCharsets.ISO_8859_1))
                        .as(f.toString()).doesNotContain(refresh).doesNotContain("Huatai Re Brokers");
            }
        }
        try (Vault vault = Vaults.unlock(new VaultLocation(home, "alice"), PASSPHRASE.toCharArray(), TestExchange.fastVaults())) {
            assertThat(VaultTokenStore.readFrom(vault).load().map(Tokens::refreshToken)).contains(refresh);
            assertThat(StoredIdentity.load(vault).orElseThrow().exchange()).isEqualTo(proxy.baseUrl());
        }
    }

    /**
     * ADR 0800: a session the exchange ends while the desk is signed in (here: the same tokens logged out
     * elsewhere, so the refresh is refused) is a 401 the token manager cannot mend: the link asks for the
     * password instead of the engine retrying it for ever; the desk stays open, and the password signs in.
     */
    @Test
    void aSessionRefusedMidSessionAsksForThePasswordAndTheDeskStaysOpen() throws Exception {
        try (Session session = service.signIn(create("alice", "broker.alice", CryptoSuite.INTERNATIONAL))) {
            ExchangeLink link = session.service(ExchangeLink.class).orElseThrow();
            assertThat(link.phase()).isEqualTo(ExchangeLink.Phase.SIGNED_IN);
            io.redesk.sdk.auth.InMemoryTokenStore same = new io.redesk.sdk.auth.InMemoryTokenStore();
            same.save(session.client().auth().current().orElseThrow());
            try (ExchangeClient elsewhere = ExchangeClient.create(ExchangeClientOptions.builder()
                    .baseUrl(TestExchange.get().baseUrl()).tokenStore(same).build())) {
                elsewhere.auth().logout(); // both tokens stop working at the exchange
            }

            assertThat(catchThrowableOfType(io.redesk.sdk.error.AuthenticationException.class,
                    () -> session.client().users().me())).as("the refresh is refused").isNotNull();

            assertThat(link.phase()).as("the password asked for, not retried for ever")
                    .isEqualTo(ExchangeLink.Phase.PASSWORD_NEEDED);
            assertThat(session.vault().isUnlocked()).as("the desk is not locked").isTrue();
            assertThat(link.signIn(DemoExchange.password())).isEqualTo(ExchangeLink.Phase.SIGNED_IN);
            assertThat(session.client().users().me().user().username()).isEqualTo("broker.alice");
        }
    }

    @Test
    void signingOutForgetsTheSavedSessionButQuittingKeepsIt() throws Exception {
        service.signIn(create("alice", "broker.alice", CryptoSuite.INTERNATIONAL)).quit();
        assertThat(savedTokens("alice")).isPresent();
        service.signIn(unlock("alice", "", "")).close();
        assertThat(savedTokens("alice")).isEmpty();
    }

    private java.util.Optional<Tokens> savedTokens(String profile) {
        return Profiles.savedTokens(home, profile);
    }

    private void useUpTheSavedRefreshToken(String profile) {
        Profiles.useUpTheSavedRefreshToken(home, profile);
    }

    private static SignInRequest create(String profile, String user, CryptoSuite suite) {
        return Profiles.create(profile, user, suite);
    }

    private static SignInRequest unlock(String profile, String user, String password) {
        return Profiles.unlock(profile, user, password);
    }

    static void await(String what, Supplier<Boolean> condition) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!condition.get()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("never " + what);
            }
            Thread.sleep(50);
        }
    }
}
