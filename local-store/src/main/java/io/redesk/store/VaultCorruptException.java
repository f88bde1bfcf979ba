package io.redesk.store;

/**
 * The vault's files cannot be read as a vault: truncated, overwritten, or not a vault at all. The
 * message tells the user what is damaged and that the way out is to restore from a backup
 * ({@code Vaults.restore}); nothing was changed by the failed open.
 */
public final class VaultCorruptException extends VaultException {

    /** Which file is damaged. */
    public enum Part {
        /** The SQLite database holding the records. */
        DATABASE,
        /** The key file holding the wrapped data key and KDF parameters. */
        KEY_FILE
    }

    private final Part part;

    public VaultCorruptException(Part part, String detail, Throwable cause) {
        super("The vault " + (part == Part.DATABASE ? "database" : "key file") + " is damaged (" + detail
                + "). Restore the vault from a backup; the damaged files were left as they are.", cause);
        this.part = part;
    }

    public Part part() {
        return part;
    }

    /** Always true: the recovery this error offers. */
    public boolean restoreFromBackupOffered() {
        return true;
    }
}
