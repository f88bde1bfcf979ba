package io.redesk.store;

/**
 * Base of every error the vault reports. Each subclass is one situation the user or the app can act
 * on; the message is written for a person (no SQL, no stack-trace jargon) and never contains record
 * contents or key material.
 */
public abstract class VaultException extends RuntimeException {

    protected VaultException(String message) {
        super(message);
    }

    protected VaultException(String message, Throwable cause) {
        super(message, cause);
    }
}
