package io.redesk.store;

/** No vault exists for this profile (or it is already there when creating one). */
public final class VaultNotFoundException extends VaultException {
    public VaultNotFoundException(String message) {
        super(message);
    }
}
