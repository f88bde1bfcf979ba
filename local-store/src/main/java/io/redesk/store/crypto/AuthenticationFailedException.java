package io.redesk.store.crypto;

/**
 * An AEAD tag or a MAC did not verify. Deliberately carries no detail about why: the caller knows the
 * context (record, key wrap, backup chunk) and turns it into a specific, named error.
 */
public final class AuthenticationFailedException extends RuntimeException {
    public AuthenticationFailedException(String message) {
        super(message);
    }
}
