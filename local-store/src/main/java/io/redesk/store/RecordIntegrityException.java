package io.redesk.store;

/**
 * One stored record failed authentication. The kind names what happened, as far as the envelope lets
 * us prove it: a genuine ciphertext from another row ({@link Kind#MOVED}), a genuine but older version
 * of this row ({@link Kind#REPLAYED}), or bytes that no key and location explain
 * ({@link Kind#TAMPERED}). Only that record is refused; the rest of the vault stays readable.
 */
public final class RecordIntegrityException extends VaultException {

    /** What the envelope proves about the failed record. */
    public enum Kind {
        /** The ciphertext or its tag was altered. */
        TAMPERED,
        /** A valid ciphertext that belongs to another table or record id was put in this row. */
        MOVED,
        /** A valid ciphertext of an older version of this record was put back in its row. */
        REPLAYED
    }

    private final Kind kind;
    private final String table;
    private final String recordId;

    public RecordIntegrityException(Kind kind, String table, String recordId, String detail) {
        super("Record " + recordId + " in " + table + " failed its integrity check ("
                + kind.name().toLowerCase(java.util.Locale.ROOT) + "): " + detail
                + ". The record was not loaded; the rest of the vault is unaffected.");
        this.kind = kind;
        this.table = table;
        this.recordId = recordId;
    }

    public Kind kind() {
        return kind;
    }

    public String table() {
        return table;
    }

    public String recordId() {
        return recordId;
    }
}
