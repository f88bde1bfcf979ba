package io.redesk.store.outbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.redesk.store.doc.Json;
import io.redesk.store.doc.Session;
import io.redesk.store.doc.SessionSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The durable outbox (Signal's persisted jobs): every change that must reach the exchange is a row
 * written in the same transaction as the change itself ({@code vault.transaction(...)}), so a crash
 * can never keep one without the other. The operation and its payload are encrypted together, bound
 * to the row's client mutation id; so is the last error (servers echo input back in errors).
 */
public final class Outbox {

    static final String TABLE = "outbox";
    static final String ERROR_AD = "outbox.last_error";

    private final SessionSource sessions;

    public Outbox(SessionSource sessions) {
        this.sessions = sessions;
    }

    /** Adds a change with a fresh client mutation id, due now. */
    public OutboxEntry enqueue(String aggregateType, String aggregateId, String op, JsonNode payload) {
        return enqueue(UUID.randomUUID().toString(), aggregateType, aggregateId, op, payload);
    }

    public OutboxEntry enqueue(String clientMutationId, String aggregateType, String aggregateId, String op,
                               JsonNode payload) {
        return enqueue(clientMutationId, aggregateType, aggregateId, op, payload, null);
    }

    /**
     * Adds a change that is not due before {@code runAt} (null: now), e.g. an autosave that waits for the
     * user to stop typing so that the next one can still replace it ({@link #replacePending}).
     */
    public OutboxEntry enqueue(String clientMutationId, String aggregateType, String aggregateId, String op,
                               JsonNode payload, Instant runAt) {
        Objects.requireNonNull(op, "op");
        Session s = sessions.current();
        Instant created = s.clock().instant();
        Instant now = runAt == null || runAt.isBefore(created) ? created : runAt;
        ObjectNode body = Json.mapper().createObjectNode();
        body.put("op", op);
        body.set("payload", payload);
        byte[] sealed = s.cipher().seal(TABLE, clientMutationId, 1, json(body));
        long seq = s.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO outbox (client_mutation_id, aggregate_type,"
                    + " aggregate_id, status, attempts, next_run_at, created_at, payload) VALUES (?, ?, ?, 'PENDING', 0, ?, ?, ?)"
                    + " RETURNING seq")) {
                ps.setString(1, clientMutationId);
                ps.setString(2, aggregateType);
                ps.setString(3, aggregateId);
                ps.setLong(4, now.toEpochMilli());
                ps.setLong(5, created.toEpochMilli());
                ps.setBytes(6, sealed);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
        return new OutboxEntry(seq, clientMutationId, aggregateType, aggregateId, op, payload,
                OutboxEntry.Status.PENDING, 0, now, created, null);
    }

    /** Pending entries whose run time has come, oldest first (push order = commit order). */
    public List<OutboxEntry> due(int limit) {
        Session s = sessions.current();
        long now = s.clock().millis();
        return select(s, "WHERE status = 'PENDING' AND next_run_at <= ? ORDER BY seq LIMIT ?", now, limit);
    }

    public List<OutboxEntry> forAggregate(String aggregateType, String aggregateId) {
        return select(sessions.current(), "WHERE aggregate_type = ? AND aggregate_id = ? ORDER BY seq", aggregateType,
                aggregateId);
    }

    public Optional<OutboxEntry> find(String clientMutationId) {
        List<OutboxEntry> l = select(sessions.current(), "WHERE client_mutation_id = ?", clientMutationId);
        return l.isEmpty() ? Optional.empty() : Optional.of(l.get(0));
    }

    /**
     * A cheap stamp of the unfinished entries (count, their sequence numbers, how many failed): it changes
     * when an entry is queued, finished, fails or is resent, so a reader showing "queued / refused" marks
     * knows when to re-read them.
     */
    public String changeStamp() {
        return sessions.current().read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*), total(seq), total(status = 'FAILED'), total(attempts)"
                    + " FROM outbox WHERE status <> 'DONE'"); ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1) + ":" + rs.getLong(2) + ":" + rs.getLong(3) + ":" + rs.getLong(4);
            }
        });
    }

    /** Count of entries still to push (PENDING or IN_FLIGHT): the status bar's "pending changes". */
    public long pendingCount() {
        return sessions.current().read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT count(*) FROM outbox WHERE status IN ('PENDING', 'IN_FLIGHT')"); ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    public void markInFlight(String clientMutationId) {
        setStatus(clientMutationId, OutboxEntry.Status.IN_FLIGHT, "status = 'PENDING'");
    }

    public void markDone(String clientMutationId) {
        setStatus(clientMutationId, OutboxEntry.Status.DONE, "status IN ('PENDING', 'IN_FLIGHT')");
    }

    /** A transient failure: one more attempt counted, run again at {@code nextRunAt}. */
    public void retryLater(String clientMutationId, Instant nextRunAt, String error) {
        recordFailure(clientMutationId, OutboxEntry.Status.PENDING, nextRunAt, error);
    }

    /** A permanent failure: the entry stops until the user acts on it. */
    public void markFailed(String clientMutationId, String error) {
        recordFailure(clientMutationId, OutboxEntry.Status.FAILED, null, error);
    }

    /** After a crash: entries left in flight go back to pending (the idempotency key makes resending safe). */
    public int recoverInFlight() {
        return sessions.current().write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE outbox SET status = 'PENDING' WHERE status = 'IN_FLIGHT'")) {
                return ps.executeUpdate();
            }
        });
    }

    /** Removes entries the exchange accepted; returns how many. */
    public int purgeDone() {
        return sessions.current().write(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM outbox WHERE status = 'DONE'")) {
                return ps.executeUpdate();
            }
        });
    }

    // --- Sync-engine operations (added for app's io.redesk.app.sync.engine; additive) ---------------

    /** Every entry not yet accepted (pending, in flight, rejected), in push order. */
    public List<OutboxEntry> unfinished() {
        return select(sessions.current(), "WHERE status IN ('PENDING', 'IN_FLIGHT', 'FAILED') ORDER BY seq");
    }

    /** Entries in one state, in push order (e.g. the accepted ones, for a diagnostic or an audit). */
    public List<OutboxEntry> withStatus(OutboxEntry.Status status) {
        return select(sessions.current(), "WHERE status = ? ORDER BY seq", status.name());
    }

    public long count(OutboxEntry.Status status) {
        return sessions.current().read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM outbox WHERE status = ?")) {
                ps.setString(1, status.name());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    /** {@code aggregateType + ":" + aggregateId} of every aggregate with an unfinished entry (no decryption). */
    public Set<String> unfinishedAggregates() {
        return sessions.current().read(c -> {
            Set<String> out = new HashSet<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT aggregate_type, aggregate_id FROM outbox"
                    + " WHERE status IN ('PENDING', 'IN_FLIGHT', 'FAILED')"); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1) + ":" + rs.getString(2));
                }
            }
            return out;
        });
    }

    /**
     * The aggregate's entries not yet accepted, in push order; unlike {@link #forAggregate} it leaves the
     * accepted ones (kept as the audit trail) undecrypted.
     */
    public List<OutboxEntry> unfinishedFor(String aggregateType, String aggregateId) {
        return select(sessions.current(), "WHERE aggregate_type = ? AND aggregate_id = ?"
                + " AND status IN ('PENDING', 'IN_FLIGHT', 'FAILED') ORDER BY seq", aggregateType, aggregateId);
    }

    /** Whether the aggregate has an entry not yet accepted (one indexed look-up, no decryption). */
    public boolean hasUnfinished(String aggregateType, String aggregateId) {
        return sessions.current().read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM outbox WHERE aggregate_type = ? AND aggregate_id = ?"
                    + " AND status IN ('PENDING', 'IN_FLIGHT', 'FAILED') LIMIT 1")) {
                ps.setString(1, aggregateType);
                ps.setString(2, aggregateId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }

    /**
     * Moves every entry of an aggregate to a new id: a record created offline got its id from the
     * exchange, and the changes queued behind its creation must now name that id. Returns the rows moved.
     */
    public int reassignAggregate(String aggregateType, String fromId, String toId) {
        Objects.requireNonNull(toId, "toId");
        return sessions.current().write(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE outbox SET aggregate_id = ? WHERE aggregate_type = ? AND aggregate_id = ?")) {
                ps.setString(1, toId);
                ps.setString(2, aggregateType);
                ps.setString(3, fromId);
                return ps.executeUpdate();
            }
        });
    }

    /** Replaces the payload of an entry not yet accepted, keeping its op, id and place in the order. */
    public void replacePayload(String clientMutationId, JsonNode payload) {
        Session s = sessions.current();
        s.write(c -> {
            OutboxEntry e = find(clientMutationId).orElseThrow(
                    () -> new IllegalStateException("no outbox entry " + clientMutationId));
            if (e.status() == OutboxEntry.Status.DONE) {
                throw new IllegalStateException("outbox entry " + clientMutationId + " was already accepted");
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE outbox SET payload = ? WHERE client_mutation_id = ?")) {
                ps.setBytes(1, s.cipher().seal(TABLE, clientMutationId, 1, body(e.op(), payload)));
                ps.setString(2, clientMutationId);
                ps.executeUpdate();
            }
            return null;
        });
    }

    /**
     * As {@link #replacePayload(String, JsonNode)} for a caller that has just read the entry (and so knows
     * its op) in the same transaction: no second decrypting read. Fails like it when the entry is gone or
     * already accepted.
     */
    public void replacePayload(String clientMutationId, String op, JsonNode payload) {
        Objects.requireNonNull(op, "op");
        Session s = sessions.current();
        int n = s.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE outbox SET payload = ? WHERE client_mutation_id = ? AND status <> 'DONE'")) {
                ps.setBytes(1, s.cipher().seal(TABLE, clientMutationId, 1, body(op, payload)));
                ps.setString(2, clientMutationId);
                return ps.executeUpdate();
            }
        });
        if (n != 1) {
            throw new IllegalStateException("outbox entry " + clientMutationId + " is missing or was already accepted");
        }
    }

    /**
     * Replaces the payload of an entry that is still only pending (not refused, not accepted) and makes it
     * due at {@code runAt} (null: keeps its run time); false, changing nothing, when it is not pending any
     * more. The caller has read the entry (and so knows its op) in the same transaction.
     */
    public boolean replacePending(String clientMutationId, String op, JsonNode payload, Instant runAt) {
        Objects.requireNonNull(op, "op");
        Session s = sessions.current();
        int n = s.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE outbox SET payload = ?,"
                    + " next_run_at = COALESCE(?, next_run_at) WHERE client_mutation_id = ? AND status = 'PENDING'")) {
                ps.setBytes(1, s.cipher().seal(TABLE, clientMutationId, 1, body(op, payload)));
                if (runAt == null) {
                    ps.setNull(2, java.sql.Types.INTEGER);
                } else {
                    ps.setLong(2, runAt.toEpochMilli());
                }
                ps.setString(3, clientMutationId);
                return ps.executeUpdate();
            }
        });
        return n == 1;
    }

    /** Makes a pending entry due at {@code runAt} (e.g. now, when the user asks to sync); false when it is not pending. */
    public boolean reschedule(String clientMutationId, Instant runAt) {
        Objects.requireNonNull(runAt, "runAt");
        return sessions.current().write(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE outbox SET next_run_at = ? WHERE client_mutation_id = ? AND status = 'PENDING'")) {
                ps.setLong(1, runAt.toEpochMilli());
                ps.setString(2, clientMutationId);
                return ps.executeUpdate() == 1;
            }
        });
    }

    /**
     * Sends an entry again under a new client mutation id (the exchange keeps the outcome of the old key,
     * so a fixed or re-based change needs a new one), with a new payload, in its old place in the order:
     * pending, due now, attempts and last error cleared.
     */
    public void resend(String clientMutationId, String newClientMutationId, JsonNode payload) {
        Session s = sessions.current();
        long now = s.clock().millis();
        s.write(c -> {
            OutboxEntry e = find(clientMutationId).orElseThrow(
                    () -> new IllegalStateException("no outbox entry " + clientMutationId));
            if (e.status() == OutboxEntry.Status.DONE) {
                throw new IllegalStateException("outbox entry " + clientMutationId + " was already accepted");
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE outbox SET client_mutation_id = ?, payload = ?,"
                    + " status = 'PENDING', attempts = 0, next_run_at = ?, last_error = NULL WHERE client_mutation_id = ?")) {
                ps.setString(1, newClientMutationId);
                ps.setBytes(2, s.cipher().seal(TABLE, newClientMutationId, 1, body(e.op(), payload)));
                ps.setLong(3, now);
                ps.setString(4, clientMutationId);
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** Removes an entry not yet accepted (the user discarded it); returns whether there was one. */
    public boolean remove(String clientMutationId) {
        return sessions.current().write(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "DELETE FROM outbox WHERE client_mutation_id = ? AND status <> 'DONE'")) {
                ps.setString(1, clientMutationId);
                return ps.executeUpdate() == 1;
            }
        });
    }

    private static byte[] body(String op, JsonNode payload) {
        ObjectNode body = Json.mapper().createObjectNode();
        body.put("op", op);
        body.set("payload", payload);
        return json(body);
    }

    private void setStatus(String id, OutboxEntry.Status status, String guard) {
        int n = sessions.current().write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE outbox SET status = ? WHERE client_mutation_id = ? AND "
                    + guard)) {
                ps.setString(1, status.name());
                ps.setString(2, id);
                return ps.executeUpdate();
            }
        });
        if (n != 1) {
            throw new IllegalStateException("outbox entry " + id + " is missing or not in a state that allows " + status);
        }
    }

    private void recordFailure(String id, OutboxEntry.Status status, Instant nextRunAt, String error) {
        Session s = sessions.current();
        int n = s.write(c -> {
            int attempts = attempts(c, id) + 1;
            byte[] sealedError = s.cipher().seal(ERROR_AD, id, attempts, String.valueOf(error).getBytes(StandardCharsets.UTF_8));
            try (PreparedStatement ps = c.prepareStatement("UPDATE outbox SET status = ?, attempts = ?, next_run_at = "
                    + "COALESCE(?, next_run_at), last_error = ? WHERE client_mutation_id = ? AND status IN ('PENDING', 'IN_FLIGHT')")) {
                ps.setString(1, status.name());
                ps.setInt(2, attempts);
                ps.setObject(3, nextRunAt == null ? null : nextRunAt.toEpochMilli());
                ps.setBytes(4, sealedError);
                ps.setString(5, id);
                return ps.executeUpdate();
            }
        });
        if (n != 1) {
            throw new IllegalStateException("outbox entry " + id + " is missing or already finished");
        }
    }

    private static int attempts(Connection c, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT attempts FROM outbox WHERE client_mutation_id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("no outbox entry " + id);
                }
                return rs.getInt(1);
            }
        }
    }

    private List<OutboxEntry> select(Session s, String where, Object... args) {
        return s.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT seq, client_mutation_id, aggregate_type, aggregate_id,"
                    + " status, attempts, next_run_at, created_at, payload, last_error FROM outbox " + where)) {
                for (int i = 0; i < args.length; i++) {
                    ps.setObject(i + 1, args[i]);
                }
                List<OutboxEntry> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(read(s, rs));
                    }
                }
                return out;
            }
        });
    }

    private static OutboxEntry read(Session s, ResultSet rs) throws SQLException {
        String id = rs.getString(2);
        int attempts = rs.getInt(6);
        JsonNode body;
        try {
            body = Json.mapper().readTree(s.cipher().open(TABLE, id, 1, rs.getBytes(9)));
        } catch (IOException e) {
            throw new IllegalStateException("outbox entry " + id + " holds unreadable JSON", e);
        }
        byte[] err = rs.getBytes(10);
        String lastError = err == null ? null : new String(s.cipher().open(ERROR_AD, id, attempts, err), StandardCharsets.UTF_8);
        return new OutboxEntry(rs.getLong(1), id, rs.getString(3), rs.getString(4), body.path("op").asText(),
                body.get("payload"), OutboxEntry.Status.valueOf(rs.getString(5)), attempts,
                Instant.ofEpochMilli(rs.getLong(7)), Instant.ofEpochMilli(rs.getLong(8)), lastError);
    }

    private static byte[] json(JsonNode n) {
        try {
            return Json.mapper().writeValueAsBytes(n);
        } catch (IOException e) {
            throw new IllegalArgumentException("outbox payload cannot be written as JSON", e);
        }
    }
}
