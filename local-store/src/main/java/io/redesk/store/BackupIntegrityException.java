package io.redesk.store;

/**
 * A backup file failed its checks; nothing was restored and the current vault is untouched.
 */
public final class BackupIntegrityException extends VaultException {

    /** What is wrong with the file. */
    public enum Reason {
        /** Not a ReDesk backup (wrong magic or format). */
        NOT_A_BACKUP,
        /** The file ends early. */
        TRUNCATED,
        /** The whole-file MAC or a chunk's tag does not verify: the file was altered or damaged. */
        TAMPERED
    }

    private final Reason reason;

    public BackupIntegrityException(Reason reason, String detail) {
        super("The backup cannot be restored: " + detail + ". Nothing was restored; the current vault is unchanged.");
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
