package io.redesk.store;

/** The vault is locked (by the user or by the idle timer): unlock it with the passphrase first. */
public final class VaultLockedException extends VaultException {
    public VaultLockedException() {
        super("The vault is locked. Unlock it with your passphrase to continue.");
    }
}
