package io.redesk.app.sync.diag;

import io.redesk.app.sync.engine.ConflictRecord;
import io.redesk.app.sync.engine.SyncStore;
import io.redesk.store.doc.Stored;
import io.redesk.store.outbox.OutboxEntry;
import java.util.List;
import java.util.Locale;

/**
 * The sync diagnostic: the outbox (every change not yet accepted, with attempts, next run and the
 * exchange's last answer), the pull cursors and the conflicts, as plain text for a support ticket.
 * Shows ids, ops, states and reasons; never payloads (a slip's terms are trade secrets) nor the cursor
 * text itself beyond a short fingerprint.
 */
public final class SyncReport {

    private SyncReport() {
    }

    public static String render(SyncStore store) {
        StringBuilder sb = new StringBuilder();
        List<OutboxEntry> open = store.outbox().unfinished();
        long done = store.outbox().count(OutboxEntry.Status.DONE);
        sb.append("OUTBOX  ").append(open.size()).append(" unfinished, ").append(done).append(" accepted and kept\n");
        sb.append(String.format(Locale.ROOT, "  %-6s %-36s %-10s %-36s %-16s %-9s %4s  %-24s %s%n", "seq",
                "client mutation id", "aggregate", "aggregate id", "op", "status", "try", "next run", "last error"));
        for (OutboxEntry e : open) {
            sb.append(String.format(Locale.ROOT, "  %-6d %-36s %-10s %-36s %-16s %-9s %4d  %-24s %s%n", e.seq(),
                    e.clientMutationId(), e.aggregateType(), e.aggregateId(), e.op(), e.status(), e.attempts(),
                    e.nextRunAt(), e.lastError() == null ? "" : e.lastError()));
        }
        sb.append("CURSORS\n");
        String cursor = store.cursors().get(SyncStore.FEED_STREAM).orElse(null);
        sb.append("  ").append(SyncStore.FEED_STREAM).append(": ")
                .append(cursor == null ? "(none: first sync not done)" : fingerprint(cursor)).append('\n');
        List<Stored<ConflictRecord>> conflicts = store.conflicts().all();
        long openCount = conflicts.stream().filter(c -> c.value().isOpen()).count();
        sb.append("CONFLICTS  ").append(openCount).append(" open, ").append(conflicts.size() - openCount)
                .append(" resolved\n");
        for (Stored<ConflictRecord> s : conflicts) {
            ConflictRecord c = s.value();
            sb.append(String.format(Locale.ROOT, "  %-36s %-8s %-12s %-16s %s %s base v%s theirs v%d%s  %s%n", c.id(),
                    c.status(), c.resolution() == null ? "" : c.resolution(), c.op(), c.targetType(), c.targetId(),
                    c.baseVersion() == null ? "?" : c.baseVersion(), c.theirsVersion(), c.automatic() ? " (auto)" : "",
                    c.reason() == null ? "" : c.reason()));
        }
        return sb.toString();
    }

    /** A short, stable fingerprint of an opaque cursor: enough to compare two reports, nothing more. */
    static String fingerprint(String cursor) {
        try {
            byte[] d = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(cursor.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            StringBuilder hex = new StringBuilder("sha256:");
            for (int i = 0; i < 6; i++) {
                hex.append(String.format(Locale.ROOT, "%02x", d[i]));
            }
            return hex + " (" + cursor.length() + " chars)";
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }
}
