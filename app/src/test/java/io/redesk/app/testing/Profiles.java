package io.redesk.app.testing;

import io.redesk.app.session.DemoExchange;
import io.redesk.app.session.SignInRequest;
import io.redesk.app.session.VaultTokenStore;
import io.redesk.sdk.ExchangeClient;
import io.redesk.sdk.ExchangeClientOptions;
import io.redesk.sdk.auth.InMemoryTokenStore;
import io.redesk.sdk.auth.Tokens;
import io.redesk.store.crypto.CryptoSuite;
import io.redesk.store.vault.Vault;
import io.redesk.store.vault.VaultLocation;
import io.redesk.store.vault.Vaults;
import java.nio.file.Path;
import java.util.Optional;

/** Sign-in requests for demo users' profiles, and what a profile keeps about its exchange session. */
public final class Profiles {

    /** The passphrase of every profile these requests make. */
    public static final String PASSPHRASE = "a long passphrase";

    private Profiles() {
    }

    /** Creates {@code profile} for demo user {@code user} (the exchange is needed). */
    public static SignInRequest create(String profile, String user, CryptoSuite suite) {
        return new SignInRequest(profile, true, suite, PASSPHRASE.toCharArray(), user, DemoExchange.password());
    }

    /** Unlocks {@code profile}; {@code user} and {@code password} may be empty (passphrase alone). */
    public static SignInRequest unlock(String profile, String user, String password) {
        return new SignInRequest(profile, false, CryptoSuite.INTERNATIONAL, PASSPHRASE.toCharArray(), user, password);
    }

    /** The exchange tokens saved in {@code profile}'s vault under {@code home}. */
    public static Optional<Tokens> savedTokens(Path home, String profile) {
        try (Vault vault = Vaults.unlock(new VaultLocation(home, profile), PASSPHRASE.toCharArray(),
                TestExchange.fastVaults())) {
            return VaultTokenStore.readFrom(vault).load();
        }
    }

    /**
     * Uses the refresh token saved in {@code profile} elsewhere (the exchange rotates it away), as an
     * expired or revoked one would be: the next background sign-in is refused.
     */
    public static void useUpTheSavedRefreshToken(Path home, String profile) {
        InMemoryTokenStore store = new InMemoryTokenStore();
        store.save(savedTokens(home, profile).orElseThrow());
        try (ExchangeClient elsewhere = ExchangeClient.create(ExchangeClientOptions.builder()
                .baseUrl(TestExchange.get().baseUrl()).tokenStore(store).build())) {
            elsewhere.auth().refresh();
        }
    }
}
