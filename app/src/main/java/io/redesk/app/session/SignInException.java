package io.redesk.app.session;

import java.util.Objects;
import java.util.Optional;

/**
 * Why signing in failed, as a {@link Reason} the screen turns into a localised, specific message, plus
 * a technical detail for the log. Nothing already saved is touched by a failed sign-in.
 */
public final class SignInException extends Exception {

    /** The categories the sign-in screen explains differently. */
    public enum Reason {
        /** The profile name has characters a folder name cannot hold. */
        BAD_PROFILE_NAME,
        /** "Create" was chosen but the profile already has a vault. */
        PROFILE_EXISTS,
        /** "Unlock" was chosen but the profile has no vault. */
        NO_SUCH_PROFILE,
        /** The vault passphrase is wrong. */
        WRONG_PASSPHRASE,
        /** Too many wrong passphrases: wait before trying again. */
        UNLOCK_THROTTLED,
        /** The vault files are damaged or unreadable. */
        VAULT_DAMAGED,
        /** The exchange refused the user name or password. */
        WRONG_CREDENTIALS,
        /** The exchange could not be reached (offline, wrong URL, certificate pin mismatch). */
        EXCHANGE_UNREACHABLE,
        /** The exchange answered with another error. */
        EXCHANGE_ERROR,
        /** The built-in demo exchange did not start. */
        DEMO_FAILED,
        /** The profile has never signed in to an exchange, and that first sign-in needs the exchange. */
        FIRST_SIGN_IN_NEEDS_EXCHANGE,
        /** The profile belongs to another exchange than the configured one (the detail names it). */
        OTHER_EXCHANGE,
        /** The profile belongs to another exchange user (the detail names it). */
        OTHER_USER
    }

    private final Reason reason;
    private final Long retryAfterSeconds;

    public SignInException(Reason reason, String detail, Throwable cause) {
        this(reason, detail, cause, null);
    }

    public SignInException(Reason reason, String detail, Throwable cause, Long retryAfterSeconds) {
        super(detail, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public Reason reason() {
        return reason;
    }

    /** Seconds to wait before the next unlock attempt, when the vault throttles. */
    public Optional<Long> retryAfterSeconds() {
        return Optional.ofNullable(retryAfterSeconds);
    }
}
