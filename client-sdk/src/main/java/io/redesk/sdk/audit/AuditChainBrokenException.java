package io.redesk.sdk.audit;

/**
 * The exchange's audit chain does not verify at {@link #seq()}: a digest or hash that does not match,
 * a link to the wrong predecessor, or a gap in the sequence. Treat the exchange's history as untrusted.
 */
public final class AuditChainBrokenException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final long seq;

    public AuditChainBrokenException(long seq, String reason) {
        super("audit chain broken at seq " + seq + ": " + reason);
        this.seq = seq;
    }

    public long seq() {
        return seq;
    }
}
