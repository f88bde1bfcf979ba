package io.redesk.app.sync;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One immutable picture of the sync state shown in the status bar.
 *
 * @param connection     online, connecting, offline, or reachable but signed out
 * @param exchange       display name of the configured exchange; empty when none is configured
 * @param pendingChanges local changes not yet accepted by the exchange (outbox rows), never negative
 * @param lastSync       when the last successful sync finished; empty if never
 * @param localDrafts    slips whose autosaved typing is a local draft only, not queued (ADR 0811): the
 *                       screen differs from the exchange's copy though nothing is on its way
 */
public record SyncStatus(ConnectionState connection, Optional<String> exchange, int pendingChanges,
                         Optional<Instant> lastSync, int localDrafts) {

    /** A status without local drafts not sent. */
    public SyncStatus(ConnectionState connection, Optional<String> exchange, int pendingChanges, Optional<Instant> lastSync) {
        this(connection, exchange, pendingChanges, lastSync, 0);
    }

    public SyncStatus {
        if (localDrafts < 0) {
            throw new IllegalArgumentException("local drafts cannot be negative: " + localDrafts);
        }
        Objects.requireNonNull(connection, "connection");
        Objects.requireNonNull(exchange, "exchange");
        Objects.requireNonNull(lastSync, "lastSync");
        if (pendingChanges < 0) {
            throw new IllegalArgumentException("pending changes cannot be negative: " + pendingChanges);
        }
        if (exchange.isPresent() && exchange.get().isBlank()) {
            throw new IllegalArgumentException("exchange name is blank; use an empty Optional for no exchange");
        }
        if (connection != ConnectionState.OFFLINE && exchange.isEmpty()) {
            throw new IllegalArgumentException("cannot be " + connection + " without a configured exchange");
        }
    }

    /** The state before any exchange is configured: offline, nothing pending, never synced. */
    public static SyncStatus notConfigured() {
        return new SyncStatus(ConnectionState.OFFLINE, Optional.empty(), 0, Optional.empty());
    }

    /** Connecting to {@code exchangeName}. */
    public SyncStatus connecting(String exchangeName) {
        return new SyncStatus(ConnectionState.CONNECTING, Optional.of(exchangeName), pendingChanges, lastSync, localDrafts);
    }

    /** Online with {@code exchangeName}. */
    public SyncStatus online(String exchangeName) {
        return new SyncStatus(ConnectionState.ONLINE, Optional.of(exchangeName), pendingChanges, lastSync, localDrafts);
    }

    /** Offline from {@code exchangeName} (a desk opened from the vault before the exchange answered). */
    public SyncStatus offline(String exchangeName) {
        return new SyncStatus(ConnectionState.OFFLINE, Optional.of(exchangeName), pendingChanges, lastSync, localDrafts);
    }

    /** Reachable but not signed in to {@code exchangeName}: the password is needed. */
    public SyncStatus signedOut(String exchangeName) {
        return new SyncStatus(ConnectionState.SIGNED_OUT, Optional.of(exchangeName), pendingChanges, lastSync, localDrafts);
    }

    /** Offline, keeping the configured exchange (if any). */
    public SyncStatus offline() {
        return new SyncStatus(ConnectionState.OFFLINE, exchange, pendingChanges, lastSync, localDrafts);
    }

    /** A copy with {@code count} pending changes. */
    public SyncStatus withPendingChanges(int count) {
        return new SyncStatus(connection, exchange, count, lastSync, localDrafts);
    }

    /** A copy with {@code count} local drafts not sent. */
    public SyncStatus withLocalDrafts(int count) {
        return new SyncStatus(connection, exchange, pendingChanges, lastSync, count);
    }

    /** A copy recording a successful sync at {@code at}. */
    public SyncStatus syncedAt(Instant at) {
        return new SyncStatus(connection, exchange, pendingChanges, Optional.of(at), localDrafts);
    }

    /** Whether an exchange is configured at all. */
    public boolean hasExchange() {
        return exchange.isPresent();
    }
}
