package io.redesk.sdk.audit;

import io.redesk.sdk.model.audit.AuditEvent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Verifies the exchange's hash-chained audit log event by event, as the contract defines it
 * ({@code AuditEvent} in openapi.yaml): each non-redacted event's {@code contentDigest} is recomputed
 * from its content, each {@code hash} from {@code prevHash}, {@code seq}, {@code occurredAt} (as sent)
 * and the digest, each {@code prevHash} must equal the previous {@code hash}, and {@code seq} must rise
 * by one. Redacted events (content the caller may not see) still link the chain through their digest.
 *
 * <p>Stateful so it can follow a paged read; start from genesis or from a checkpoint the client stored.
 */
public final class AuditChainVerifier {

    /** {@code prevHash} of the first event. */
    public static final String GENESIS = "0".repeat(64);

    private long lastSeq;
    private String lastHash;
    private long verified;
    private long redacted;

    private AuditChainVerifier(long lastSeq, String lastHash) {
        this.lastSeq = lastSeq;
        this.lastHash = lastHash;
    }

    /** Verifies from seq 1. */
    public static AuditChainVerifier fromGenesis() {
        return new AuditChainVerifier(0, GENESIS);
    }

    /** Continues after an event already verified earlier (a stored checkpoint). */
    public static AuditChainVerifier after(long seq, String hash) {
        if (seq < 0 || hash == null || hash.length() != 64) {
            throw new IllegalArgumentException("checkpoint needs seq >= 0 and a 64-hex-digit hash");
        }
        return new AuditChainVerifier(seq, hash);
    }

    /** Checks the next event; throws {@link AuditChainBrokenException} naming the first fault. */
    public void accept(AuditEvent e) {
        if (e.seq() != lastSeq + 1) {
            throw new AuditChainBrokenException(e.seq(), "expected seq " + (lastSeq + 1));
        }
        if (!lastHash.equals(e.prevHash())) {
            throw new AuditChainBrokenException(e.seq(), "prevHash does not equal the previous event's hash");
        }
        if (!e.redacted()) {
            String digest = contentDigest(e);
            if (!digest.equals(e.contentDigest())) {
                throw new AuditChainBrokenException(e.seq(), "contentDigest does not match the event's content");
            }
        } else {
            redacted++;
        }
        if (e.contentDigest() == null || e.occurredAt() == null) {
            throw new AuditChainBrokenException(e.seq(), "contentDigest or occurredAt missing");
        }
        String hash = sha256Hex(e.prevHash() + "\n" + e.seq() + "\n" + e.occurredAt() + "\n" + e.contentDigest());
        if (!hash.equals(e.hash())) {
            throw new AuditChainBrokenException(e.seq(), "hash does not match");
        }
        lastSeq = e.seq();
        lastHash = e.hash();
        verified++;
    }

    /** The digest the contract defines over an event's content (absent fields as empty strings). */
    public static String contentDigest(AuditEvent e) {
        return sha256Hex(n(e.actorUserId()) + "\n" + n(e.actorOrganisationId()) + "\n" + n(e.action()) + "\n"
                + n(e.entityType()) + "\n" + n(e.entityId()) + "\n" + n(e.detail()));
    }

    /** Seq of the last verified event (0 before any). */
    public long lastSeq() {
        return lastSeq;
    }

    /** Hash of the last verified event: store it as the checkpoint. */
    public String lastHash() {
        return lastHash;
    }

    public long verifiedCount() {
        return verified;
    }

    public long redactedCount() {
        return redacted;
    }

    private static String n(String s) {
        return s == null ? "" : s;
    }

    static String sha256Hex(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }
}
