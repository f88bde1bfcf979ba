package io.redesk.app.sync.engine;

import io.redesk.sdk.ExchangeClient;
import io.redesk.sdk.error.ExchangeException;
import io.redesk.sdk.error.NetworkException;
import io.redesk.store.VaultLockedException;
import io.redesk.store.outbox.OutboxEntry;
import io.redesk.store.vault.Vault;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Offline-first sync between one vault and the exchange. A cycle pushes the outbox (per aggregate in
 * order, across aggregates in parallel, transient failures retried with backoff, permanent rejections
 * kept with the exchange's reason, 412s turned into conflicts) and then pulls the change feed (page and
 * cursor in one transaction). Cycles run one at a time on the engine's own thread: in the background
 * every {@link SyncConfig#interval()} once {@link #start()}ed, probing every
 * {@link SyncConfig#offlineProbe()} while offline, and at once on {@link #syncNow()} or after a local
 * change. While the vault is locked the engine pauses; it never holds keys itself.
 *
 * <p>Every step publishes a {@link SyncState} (connection, phase, pending, rejected, conflicts, last sync,
 * progress) to subscribers on the publishing thread; UI code hops to its own thread.
 */
public final class SyncEngine implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SyncEngine.class);

    private final SyncStore store;
    private final ExchangeClient client;
    private final SyncConfig config;
    private final ScheduledExecutorService loop;
    private final ExecutorService pushPool;
    private final ExecutorService prefetch;
    private final Pusher pusher;
    private final Puller puller;
    private final ConflictHandler conflicts;
    private final LocalChanges changes;
    private final StatementPull statements;
    private final AtomicReference<SyncState> state = new AtomicReference<>(SyncState.initial());
    private final List<Consumer<SyncState>> listeners = new CopyOnWriteArrayList<>();
    private final Object cycleLock = new Object();
    private volatile boolean started;
    private volatile boolean closed;
    private volatile boolean recovered;
    private ScheduledFuture<?> scheduled;

    public SyncEngine(Vault vault, ExchangeClient client, SyncConfig config) {
        this.store = new SyncStore(Objects.requireNonNull(vault, "vault"));
        this.client = Objects.requireNonNull(client, "client");
        this.config = Objects.requireNonNull(config, "config");
        this.loop = Executors.newSingleThreadScheduledExecutor(daemon("sync-engine"));
        this.pushPool = Executors.newFixedThreadPool(config.pushParallelism(), daemon("sync-push"));
        this.prefetch = Executors.newSingleThreadExecutor(daemon("sync-prefetch"));
        Applier applier = new Applier(store);
        this.conflicts = new ConflictHandler(store, client, applier, config.clock(), this::localChange);
        this.pusher = new Pusher(store, new Dispatcher(client, store.wire()), applier, conflicts, config.backoff(),
                pushPool, config.pushParallelism(), config.pushBatch(), config.clock());
        this.puller = new Puller(store, client, applier, prefetch, config.feedBatch());
        this.changes = new LocalChanges(store, config.clock(), this::localChange);
        this.statements = new StatementPull(store, client, config.clock());
    }

    /** The user actions that reach the exchange through the outbox. */
    public LocalChanges changes() {
        return changes;
    }

    /** Open conflicts and their resolution. */
    public ConflictHandler conflicts() {
        return conflicts;
    }

    public SyncStore store() {
        return store;
    }

    public SyncState state() {
        return state.get();
    }

    /** Calls {@code listener} with every new state until the returned handle is closed. */
    public AutoCloseable subscribe(Consumer<SyncState> listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
        return () -> listeners.remove(listener);
    }

    /** Starts background syncing: a cycle now, then on the schedule. */
    public synchronized void start() {
        if (closed) {
            throw new IllegalStateException("the sync engine is closed");
        }
        started = true;
        schedule(Duration.ZERO);
    }

    /**
     * Runs a cycle as soon as the engine thread is free; completes with the state after it. The user asked:
     * autosaved slip edits still waiting for the typing to pause go in this cycle too (ADR 0811).
     */
    public CompletableFuture<SyncState> syncNow() {
        return CompletableFuture.supplyAsync(() -> {
            if (store.vault().isUnlocked()) {
                changes.sendDraftsNow();
            }
            return runCycle();
        }, loop);
    }

    /** One push-then-pull cycle on the calling thread (cycles never overlap); returns the state after it. */
    public SyncState runCycle() {
        synchronized (cycleLock) {
            if (closed) {
                return update(s -> s.with(SyncState.Phase.STOPPED));
            }
            if (!store.vault().isUnlocked()) {
                return update(s -> s.with(SyncState.Phase.PAUSED_LOCKED));
            }
            try {
                return cycle();
            } catch (VaultLockedException e) {
                LOG.info("sync paused: the vault locked");
                return update(s -> s.with(SyncState.Phase.PAUSED_LOCKED));
            } catch (NetworkException e) {
                LOG.info("the exchange is unreachable: {}", e.code());
                return afterCycle(s -> s.with(SyncState.Connection.OFFLINE).error(e.getMessage()));
            } catch (ExchangeException e) {
                LOG.warn("sync cycle failed: {}", e.getMessage());
                return afterCycle(s -> s.with(SyncState.Connection.ONLINE).error(e.getMessage()));
            } catch (RuntimeException e) {
                LOG.warn("sync cycle failed", e);
                return afterCycle(s -> s.error(e.getClass().getSimpleName() + ": " + e.getMessage()));
            }
        }
    }

    private SyncState cycle() {
        if (!recovered) {
            store.outbox().recoverInFlight();
            recovered = true;
        }
        refreshCounts();
        if (!state.get().online()) {
            try {
                client.meta().health();
            } catch (ExchangeException e) {
                return afterCycle(s -> s.with(SyncState.Connection.OFFLINE).error(e.getMessage()));
            }
            update(s -> s.with(SyncState.Connection.ONLINE));
        }
        update(s -> s.with(SyncState.Phase.PUSHING));
        Pusher.Result pushed = pusher.pushDue((done, total) -> update(s -> s.progress(done, total)));
        if (pushed.unreachable()) {
            return afterCycle(s -> s.with(SyncState.Connection.OFFLINE).error("the exchange stopped answering"));
        }
        update(s -> s.with(SyncState.Phase.PULLING));
        Puller.Result pulled = puller.pull(n -> update(s -> s.progress(n, 0)));
        statements.refreshIfNeeded(pulled.financeApplied());
        Instant now = config.clock().instant();
        return afterCycle(s -> s.with(SyncState.Connection.ONLINE).syncedAt(now));
    }

    private SyncState afterCycle(UnaryOperator<SyncState> change) {
        SyncState next = update(s -> change.apply(s).with(SyncState.Phase.IDLE));
        try {
            refreshCounts();
        } catch (VaultLockedException e) {
            return update(s -> s.with(SyncState.Phase.PAUSED_LOCKED));
        }
        if (started && !closed) {
            schedule(nextDelay());
        }
        return state.get() == null ? next : state.get();
    }

    private Duration nextDelay() {
        SyncState s = state.get();
        Duration base = s.online() ? config.interval() : config.offlineProbe();
        if (s.online() && s.pending() > 0) {
            Instant now = config.clock().instant();
            for (OutboxEntry e : store.outbox().unfinished()) {
                if (e.status() == OutboxEntry.Status.PENDING) {
                    Duration d = Duration.between(now, e.nextRunAt());
                    if (d.isNegative()) {
                        d = Duration.ZERO;
                    }
                    if (d.compareTo(base) < 0) {
                        base = d;
                    }
                }
            }
        }
        return base;
    }

    private synchronized void schedule(Duration delay) {
        if (closed) {
            return;
        }
        if (scheduled != null && !scheduled.isDone()) {
            long left = scheduled.getDelay(TimeUnit.MILLISECONDS);
            // A future whose delay has run out is running (or about to): it has already looked at the
            // outbox, so it cannot stand in for this request. Only a future still waiting can.
            if (left > 0 && left <= delay.toMillis()) {
                return;
            }
            if (left > 0) {
                scheduled.cancel(false);
            }
        }
        scheduled = loop.schedule(this::runCycle, Math.max(0, delay.toMillis()), TimeUnit.MILLISECONDS);
    }

    /** Only the push phase, on the calling thread (the benchmark measures it apart from the pull). */
    Pusher.Result pushOnly() {
        synchronized (cycleLock) {
            return pusher.pushDue((done, total) -> { });
        }
    }

    /** Recounts pending, rejected and conflicts from the vault and publishes them. */
    public SyncState refreshCounts() {
        long pending = store.outbox().pendingCount();
        List<io.redesk.store.doc.Stored<ConflictRecord>> open = store.conflicts().open();
        long rejected = rejectedChanges(open).size();
        return update(s -> s.counts(pending, rejected, open.size()));
    }

    /**
     * The changes the exchange refused, waiting for the user to fix and resend or discard them. A change
     * held by an open conflict is stopped too, but it is shown (and counted) once, as the conflict.
     */
    public List<OutboxEntry> rejectedChanges() {
        return rejectedChanges(store.conflicts().open());
    }

    private List<OutboxEntry> rejectedChanges(List<io.redesk.store.doc.Stored<ConflictRecord>> open) {
        java.util.Set<String> inConflict = new java.util.HashSet<>();
        open.forEach(c -> inConflict.add(c.value().clientMutationId()));
        return store.outbox().withStatus(OutboxEntry.Status.FAILED).stream()
                .filter(e -> !inConflict.contains(e.clientMutationId())).toList();
    }

    /** A rejected change, fixed by the user: sent again with a new idempotency key, in its old place. */
    public void resendFixed(String clientMutationId, com.fasterxml.jackson.databind.JsonNode fixedBody) {
        store.vault().transaction(() -> {
            OutboxEntry e = store.outbox().find(clientMutationId)
                    .orElseThrow(() -> new IllegalArgumentException("no queued change " + clientMutationId));
            if (e.status() != OutboxEntry.Status.FAILED) {
                throw new IllegalStateException("change " + clientMutationId + " was not rejected; it is " + e.status());
            }
            Mutation m = Mutation.fromJson(e.payload());
            store.outbox().resend(clientMutationId, UUID.randomUUID().toString(),
                    (fixedBody == null ? m : m.withBody(fixedBody)).toJson());
        });
        localChange();
    }

    /** A rejected change the user gives up on: removed from the outbox, the exchange's state shown again. */
    public void discard(String clientMutationId) {
        store.vault().transaction(() -> {
            OutboxEntry e = store.outbox().find(clientMutationId)
                    .orElseThrow(() -> new IllegalArgumentException("no queued change " + clientMutationId));
            if (e.status() != OutboxEntry.Status.FAILED) {
                throw new IllegalStateException("only a rejected change can be discarded; " + clientMutationId
                        + " is " + e.status());
            }
            store.outbox().remove(clientMutationId);
            if (!store.outbox().unfinishedAggregates().contains(e.aggregateType() + ":" + e.aggregateId())) {
                new Applier(store).reproject(e.aggregateType(), e.aggregateId());
            }
        });
        localChange();
    }

    private void localChange() {
        try {
            refreshCounts();
        } catch (VaultLockedException e) {
            update(s -> s.with(SyncState.Phase.PAUSED_LOCKED));
        }
        if (started && !closed) {
            schedule(Duration.ofMillis(50));
        }
    }

    private SyncState update(UnaryOperator<SyncState> change) {
        SyncState prev;
        SyncState next;
        do {
            prev = state.get();
            next = change.apply(prev);
        } while (!state.compareAndSet(prev, next));
        if (!prev.equals(next)) {
            for (Consumer<SyncState> l : listeners) {
                try {
                    l.accept(next);
                } catch (RuntimeException e) {
                    LOG.warn("a sync state listener failed", e);
                }
            }
        }
        return next;
    }

    private static ThreadFactory daemon(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /** Stops the schedule and the pools; waits briefly for a running cycle. */
    @Override
    public void close() {
        closed = true;
        synchronized (this) {
            if (scheduled != null) {
                scheduled.cancel(false);
            }
        }
        loop.shutdown();
        try {
            loop.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        pushPool.shutdownNow();
        prefetch.shutdownNow();
        update(s -> s.with(SyncState.Phase.STOPPED));
    }
}
