package io.redesk.store.db;

import io.redesk.store.VaultException;

/** The database failed for a reason other than corruption (disk full, permissions, a bug). */
public final class StorageException extends VaultException {
    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
