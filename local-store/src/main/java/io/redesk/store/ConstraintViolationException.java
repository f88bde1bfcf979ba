package io.redesk.store;

/**
 * A write broke a schema rule (a duplicate id, a reference to a missing record). The transaction was
 * rolled back: nothing of it was saved, and nothing saved before was touched.
 */
public final class ConstraintViolationException extends VaultException {
    public ConstraintViolationException(String message, Throwable cause) {
        super(message, cause);
    }
}
