package io.redesk.app.session;

import io.redesk.store.crypto.CryptoSuite;
import java.util.Objects;

/**
 * What the sign-in screen asks for: the local profile (existing, or new with its crypto suite), the
 * vault passphrase, and the exchange user and password.
 *
 * @param profile       local profile (vault) name
 * @param createProfile whether to create the vault (refused if it exists) rather than unlock it
 * @param suite         crypto suite of a new vault; ignored when unlocking
 * @param passphrase    the vault passphrase; the caller wipes it after use
 * @param username      exchange user
 * @param password      exchange password
 */
public record SignInRequest(String profile, boolean createProfile, CryptoSuite suite, char[] passphrase,
                            String username, String password) {

    public SignInRequest {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(suite, "suite");
        Objects.requireNonNull(passphrase, "passphrase");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
    }

    @Override
    public String toString() {
        // never print the secrets
        return "SignInRequest[profile=" + profile + ", create=" + createProfile + ", suite=" + suite
                + ", username=" + username + "]";
    }
}
