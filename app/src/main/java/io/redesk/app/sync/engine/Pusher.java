package io.redesk.app.sync.engine;

import com.fasterxml.jackson.databind.JsonNode;
import io.redesk.sdk.error.PreconditionFailedException;
import io.redesk.store.VaultLockedException;
import io.redesk.store.outbox.OutboxEntry;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pushes the outbox: entries of one aggregate strictly in order (the next one only after the previous
 * was accepted), different aggregates in parallel on the push pool. An entry that failed for good, or
 * waits for its retry time, holds back the rest of its aggregate. The first sign that the exchange is
 * unreachable stops every aggregate, so going offline does not burn attempts on the whole outbox.
 */
final class Pusher {

    private static final Logger LOG = LoggerFactory.getLogger(Pusher.class);

    /** What one push round did. */
    record Result(int accepted, int retrying, int rejected, int conflicts, boolean unreachable, int remaining) {
    }

    private final SyncStore store;
    private final Dispatcher dispatcher;
    private final Applier applier;
    private final ConflictHandler conflicts;
    private final Backoff backoff;
    private final ExecutorService pool;
    private final Clock clock;
    private final GroupCommit commits;

    Pusher(SyncStore store, Dispatcher dispatcher, Applier applier, ConflictHandler conflicts, Backoff backoff,
           ExecutorService pool, Clock clock) {
        this.store = store;
        this.dispatcher = dispatcher;
        this.applier = applier;
        this.conflicts = conflicts;
        this.backoff = backoff;
        this.pool = pool;
        this.clock = clock;
        this.commits = new GroupCommit(store.vault());
    }

    Result pushDue(BiConsumer<Integer, Integer> progress) {
        List<OutboxEntry> unfinished = store.outbox().unfinished();
        Map<String, List<OutboxEntry>> byAggregate = new LinkedHashMap<>();
        for (OutboxEntry e : unfinished) {
            byAggregate.computeIfAbsent(e.aggregateType() + ":" + e.aggregateId(), k -> new ArrayList<>()).add(e);
        }
        Instant now = clock.instant();
        AtomicBoolean unreachable = new AtomicBoolean();
        AtomicInteger accepted = new AtomicInteger();
        AtomicInteger retrying = new AtomicInteger();
        AtomicInteger rejected = new AtomicInteger();
        AtomicInteger conflicted = new AtomicInteger();
        int total = unfinished.size();
        List<Callable<Void>> tasks = new ArrayList<>();
        for (List<OutboxEntry> queue : byAggregate.values()) {
            OutboxEntry head = queue.get(0);
            if (head.status() == OutboxEntry.Status.FAILED || head.nextRunAt().isAfter(now)) {
                continue;
            }
            tasks.add(() -> {
                // the aggregate's entries as the last acceptance's transaction left them (null before the
                // first one): an accepted entry may have re-keyed the rest or filled in the next one's base
                Map<String, OutboxEntry> waiting = null;
                for (OutboxEntry queued : queue) {
                    if (unreachable.get()) {
                        return null;
                    }
                    OutboxEntry e = waiting == null ? store.outbox().find(queued.clientMutationId()).orElse(null)
                            : waiting.get(queued.clientMutationId());
                    if (e == null || e.status() == OutboxEntry.Status.DONE) {
                        continue;
                    }
                    if (e.status() == OutboxEntry.Status.FAILED || e.nextRunAt().isAfter(clock.instant())) {
                        return null;
                    }
                    Pushed pushed = pushOne(e, unreachable);
                    Failure.Kind outcome = pushed.failure();
                    if (outcome == null) {
                        waiting = pushed.waiting();
                        accepted.incrementAndGet();
                        progress.accept(accepted.get(), total);
                        continue;
                    }
                    switch (outcome) {
                        case TRANSIENT -> retrying.incrementAndGet();
                        case PERMANENT -> rejected.incrementAndGet();
                        case CONFLICT -> conflicted.incrementAndGet();
                        default -> { }
                    }
                    return null;
                }
                return null;
            });
        }
        runAll(tasks);
        int remaining = (int) store.outbox().pendingCount();
        return new Result(accepted.get(), retrying.get(), rejected.get(), conflicted.get(), unreachable.get(), remaining);
    }

    private void runAll(List<Callable<Void>> tasks) {
        if (tasks.isEmpty()) {
            return;
        }
        List<Future<Void>> futures;
        try {
            futures = pool.invokeAll(tasks);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while pushing", e);
        }
        RuntimeException first = null;
        for (Future<Void> f : futures) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while pushing", e);
            } catch (ExecutionException e) {
                Throwable c = e.getCause();
                RuntimeException r = c instanceof RuntimeException re ? re : new IllegalStateException(c);
                if (first == null || r instanceof VaultLockedException) {
                    first = r;
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }

    /**
     * What pushing one entry did: {@code failure} is null when it was accepted, and then {@code waiting}
     * holds the aggregate's unfinished entries by client mutation id as the acceptance committed them.
     */
    private record Pushed(Failure.Kind failure, Map<String, OutboxEntry> waiting) {
        static Pushed failed(Failure.Kind kind) {
            return new Pushed(kind, null);
        }
    }

    /** Pushes one entry and records the outcome. */
    private Pushed pushOne(OutboxEntry e, AtomicBoolean unreachable) {
        Op op = Op.valueOf(e.op());
        Mutation m = Mutation.fromJson(e.payload());
        Long ifMatch = null;
        if (op.guarded()) {
            ifMatch = m.baseVersion();
            if (ifMatch == null) {
                String target = m.targetId() != null ? m.targetId() : e.aggregateId();
                ifMatch = store.copies().get(op.target().name(), target).map(ServerCopy::serverVersion).orElse(null);
            }
            if (ifMatch == null) {
                store.outbox().retryLater(e.clientMutationId(), clock.instant().plus(backoff.delay(e.attempts() + 1,
                        ThreadLocalRandom.current().nextDouble())), "waiting for the exchange's copy of " + op.target());
                return Pushed.failed(Failure.Kind.TRANSIENT);
            }
        }
        List<Object> docs;
        try {
            docs = dispatcher.send(op, e.aggregateId(), m, ifMatch, e.clientMutationId());
        } catch (RuntimeException ex) {
            Failure f = Failure.classify(ex);
            switch (f.kind()) {
                case TRANSIENT -> {
                    if (f.unreachable()) {
                        unreachable.set(true);
                    }
                    store.outbox().retryLater(e.clientMutationId(), clock.instant().plus(backoff.delay(e.attempts() + 1,
                            ThreadLocalRandom.current().nextDouble())), f.reason());
                }
                case PERMANENT -> {
                    LOG.info("change {} ({}) rejected by the exchange: {}", e.clientMutationId(), op, f.reason());
                    store.outbox().markFailed(e.clientMutationId(), f.reason());
                }
                case CONFLICT -> {
                    Failure.Kind k = conflicts.onConflict(e, op, m, (PreconditionFailedException) ex, f.reason());
                    if (k == Failure.Kind.TRANSIENT) {
                        store.outbox().retryLater(e.clientMutationId(), clock.instant().plus(backoff.delay(
                                e.attempts() + 1, ThreadLocalRandom.current().nextDouble())), f.reason());
                    }
                    return Pushed.failed(k);
                }
                default -> throw new IllegalStateException("unknown failure kind " + f.kind());
            }
            return Pushed.failed(f.kind());
        }
        return new Pushed(null, commits.commit(() -> accepted(e, op, docs)));
    }

    /**
     * Records the exchange's acceptance, re-keys a created aggregate, applies the answer: one transaction.
     * Returns the aggregate's entries still to push, read in that transaction (the push thread goes on
     * with them instead of reading each again while other threads' acceptances hold the vault).
     */
    private Map<String, OutboxEntry> accepted(OutboxEntry e, Op op, List<Object> docs) {
        store.outbox().markDone(e.clientMutationId());
        String aggregateId = e.aggregateId();
        if (op.creates() && !docs.isEmpty()) {
            String serverId = Ids.of(docs.get(0));
            if (!serverId.equals(aggregateId)) {
                store.outbox().reassignAggregate(e.aggregateType(), aggregateId, serverId);
                LocalRekey.move(store, op.aggregate(), aggregateId, serverId);
                aggregateId = serverId;
            }
        }
        List<OutboxEntry> left = store.outbox().unfinishedFor(e.aggregateType(), aggregateId);
        String ownKey = ServerCopy.key(e.aggregateType(), aggregateId);
        // the own aggregate's busy test comes from the entries just read; any other aggregate the answer
        // touches is one indexed look-up, not a scan of the whole outbox
        boolean ownProjected = false;
        for (Object doc : docs) {
            boolean newer = applier.apply(doc, k -> k.equals(ownKey) ? !left.isEmpty() : busy(store, k));
            ownProjected |= newer && Ids.typeOf(doc).equals(e.aggregateType()) && Ids.of(doc).equals(aggregateId);
        }
        // re-project from the exchange's copy once the aggregate has nothing left to push, unless the
        // answer just did exactly that (it was newer, and the same "not busy" test let it through)
        if (!ownProjected && op.aggregate() != Op.Aggregate.QUOTE && left.isEmpty()) {
            applier.reproject(e.aggregateType(), aggregateId);
        }
        Map<String, OutboxEntry> waiting = new LinkedHashMap<>();
        for (OutboxEntry next : chainBase(docs, left)) {
            waiting.put(next.clientMutationId(), next);
        }
        return waiting;
    }

    /** Whether the aggregate {@code TYPE:id} has changes not yet accepted. */
    private static boolean busy(SyncStore store, String key) {
        int colon = key.indexOf(':');
        return store.outbox().hasUnfinished(key.substring(0, colon), key.substring(colon + 1));
    }

    /**
     * The next queued change of the same entity was made on this answer's version: give it that base.
     * Returns {@code left} with that entry's new payload.
     */
    private List<OutboxEntry> chainBase(List<Object> docs, List<OutboxEntry> left) {
        if (docs.isEmpty()) {
            return left;
        }
        Object doc = docs.get(0);
        String docType = Ids.typeOf(doc);
        String docId = Ids.of(doc);
        for (int i = 0; i < left.size(); i++) {
            OutboxEntry next = left.get(i);
            Op nextOp = Op.valueOf(next.op());
            Mutation nm = Mutation.fromJson(next.payload());
            String target = nm.targetId() != null ? nm.targetId() : next.aggregateId();
            if (!nextOp.guarded() || !nextOp.target().name().equals(docType) || !target.equals(docId)) {
                continue;
            }
            if (nm.baseVersion() == null) {
                JsonNode view = Views.ofDoc(nextOp, store.wire().valueToTree(doc));
                JsonNode payload = nm.withBase(Ids.versionOf(doc), view).toJson();
                store.outbox().replacePayload(next.clientMutationId(), next.op(), payload);
                List<OutboxEntry> out = new ArrayList<>(left);
                out.set(i, new OutboxEntry(next.seq(), next.clientMutationId(), next.aggregateType(), next.aggregateId(),
                        next.op(), payload, next.status(), next.attempts(), next.nextRunAt(), next.createdAt(),
                        next.lastError()));
                return out;
            }
            return left;
        }
        return left;
    }
}
