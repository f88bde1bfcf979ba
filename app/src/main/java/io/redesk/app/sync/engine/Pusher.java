package io.redesk.app.sync.engine;

import io.redesk.sdk.Backoff;
import com.fasterxml.jackson.databind.JsonNode;
import io.redesk.sdk.batch.BatchCall;
import io.redesk.sdk.batch.BatchOutcome;
import io.redesk.sdk.batch.BatchTooLargeException;
import io.redesk.sdk.batch.MutationBatch;
import io.redesk.sdk.error.PreconditionFailedException;
import io.redesk.store.VaultLockedException;
import io.redesk.store.outbox.OutboxEntry;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
    /** A batch worker gets at least this many aggregates, so its requests carry several heads. */
    private static final int MIN_AGGREGATES_PER_WORKER = 4;

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
    private final int parallelism;
    private final int maxBatch;

    Pusher(SyncStore store, Dispatcher dispatcher, Applier applier, ConflictHandler conflicts, Backoff backoff,
           ExecutorService pool, int parallelism, int maxBatch, Clock clock) {
        this.store = store;
        this.dispatcher = dispatcher;
        this.applier = applier;
        this.conflicts = conflicts;
        this.backoff = backoff;
        this.pool = pool;
        this.clock = clock;
        this.commits = new GroupCommit(store.vault());
        this.parallelism = parallelism;
        this.maxBatch = maxBatch;
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
        Counters counters = new Counters(accepted, retrying, rejected, conflicted, unreachable, progress, total);
        List<List<OutboxEntry>> ready = new ArrayList<>();
        List<List<OutboxEntry>> alone = new ArrayList<>();
        int readyEntries = 0;
        for (List<OutboxEntry> queue : byAggregate.values()) {
            OutboxEntry head = queue.get(0);
            if (head.status() == OutboxEntry.Status.FAILED || head.nextRunAt().isAfter(now)) {
                continue;
            }
            if (!Op.valueOf(head.op()).batchable()) {
                alone.add(queue); // a finance aggregate: its changes go one request each (ADR 0622)
                continue;
            }
            ready.add(queue);
            readyEntries += queue.size();
        }
        List<Callable<Void>> tasks = new ArrayList<>();
        for (List<OutboxEntry> queue : alone) {
            tasks.add(() -> {
                pushInOrder(new Lane(queue), counters);
                return null;
            });
        }
        if (maxBatch > 1 && readyEntries > 1) {
            // batches: the ready aggregates dealt out to at most one worker per pool thread, at least a few
            // aggregates each so that a worker's requests carry several heads (ADR 0612)
            int workers = Math.max(1, Math.min(parallelism, (ready.size() + MIN_AGGREGATES_PER_WORKER - 1)
                    / MIN_AGGREGATES_PER_WORKER));
            List<List<Lane>> dealt = new ArrayList<>();
            for (int w = 0; w < workers; w++) {
                dealt.add(new ArrayList<>());
            }
            for (int i = 0; i < ready.size(); i++) {
                dealt.get(i % workers).add(new Lane(ready.get(i)));
            }
            AtomicBoolean batchesRefused = new AtomicBoolean();
            for (List<Lane> lanes : dealt) {
                tasks.add(() -> {
                    new BatchWorker(lanes, counters, batchesRefused).run();
                    return null;
                });
            }
        } else {
            for (List<OutboxEntry> queue : ready) {
                tasks.add(() -> {
                    pushInOrder(new Lane(queue), counters);
                    return null;
                });
            }
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

    /** The round's tallies, shared by its workers. */
    private record Counters(AtomicInteger accepted, AtomicInteger retrying, AtomicInteger rejected,
                            AtomicInteger conflicted, AtomicBoolean unreachable, BiConsumer<Integer, Integer> progress,
                            int total) {
        void accepted(int n) {
            progress.accept(accepted.addAndGet(n), total);
        }

        void failed(Failure.Kind kind) {
            switch (kind) {
                case TRANSIENT -> retrying.incrementAndGet();
                case PERMANENT -> rejected.incrementAndGet();
                case CONFLICT -> conflicted.incrementAndGet();
                default -> { }
            }
        }
    }

    /**
     * One aggregate's queue in this round and how far its push got. {@code waiting} holds the aggregate's
     * entries as the last acceptance's transaction left them (null before the first one): an accepted
     * entry may have re-keyed the rest or filled in the next one's base.
     */
    private final class Lane {
        final List<OutboxEntry> queue;
        Map<String, OutboxEntry> waiting;
        /** Entries read before the first acceptance (nothing else changes them while the lane is pushed). */
        private final Map<String, OutboxEntry> read = new HashMap<>();
        boolean stopped;

        Lane(List<OutboxEntry> queue) {
            this.queue = queue;
        }

        OutboxEntry current(OutboxEntry queued) {
            String id = queued.clientMutationId();
            if (waiting != null) {
                return waiting.get(id);
            }
            if (!read.containsKey(id)) {
                read.put(id, store.outbox().find(id).orElse(null));
            }
            return read.get(id);
        }

        /** The next entry to send, or null when the aggregate is done for this round or must wait. */
        OutboxEntry head() {
            return next(0);
        }

        /** The entry after the first {@code skip} sendable ones (only pending, due entries count). */
        private OutboxEntry next(int skip) {
            if (stopped) {
                return null;
            }
            int seen = 0;
            for (OutboxEntry queued : queue) {
                OutboxEntry e = current(queued);
                if (e == null || e.status() == OutboxEntry.Status.DONE) {
                    continue;
                }
                if (e.status() == OutboxEntry.Status.FAILED || e.nextRunAt().isAfter(clock.instant())) {
                    return null;
                }
                if (seen++ == skip) {
                    return e;
                }
            }
            return null;
        }
    }

    /** Pushes one aggregate's entries one request each, in order, until one fails or none is left. */
    private void pushInOrder(Lane lane, Counters counters) {
        while (!counters.unreachable().get()) {
            OutboxEntry e = lane.head();
            if (e == null) {
                return;
            }
            if (!pushAlone(lane, e, counters)) {
                return;
            }
        }
    }

    /** Pushes {@code e} as a single request and records the outcome on its lane; false when it failed. */
    private boolean pushAlone(Lane lane, OutboxEntry e, Counters counters) {
        Pushed pushed = pushOne(e, counters.unreachable());
        if (pushed.failure() != null) {
            counters.failed(pushed.failure());
            lane.stopped = true;
            return false;
        }
        lane.waiting = pushed.waiting();
        counters.accepted(1);
        return true;
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

    /** An entry ready to send: its op, its change and the version it is guarded by (null if unguarded). */
    private record Prepared(OutboxEntry entry, Op op, Mutation m, Long ifMatch) {
    }

    /**
     * Reads the entry's change and the version it must be sent with; null (and the entry put back for a
     * retry) when it is guarded but the vault has no version for it yet.
     */
    private Prepared prepare(OutboxEntry e) {
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
                return null;
            }
        }
        return new Prepared(e, op, m, ifMatch);
    }

    /** Pushes one entry and records the outcome. */
    private Pushed pushOne(OutboxEntry e, AtomicBoolean unreachable) {
        Prepared p = prepare(e);
        if (p == null) {
            return Pushed.failed(Failure.Kind.TRANSIENT);
        }
        List<Object> docs;
        try {
            docs = dispatcher.send(p.op(), e.aggregateId(), p.m(), p.ifMatch(), e.clientMutationId());
        } catch (RuntimeException ex) {
            return Pushed.failed(onFailure(e, p.op(), p.m(), ex, unreachable));
        }
        return new Pushed(null, commits.commit(() -> accepted(e, p.op(), docs)));
    }

    /**
     * Records a change the exchange did not accept, the same for a single call and a batch item: retry
     * later (transient; no answer at all also marks the exchange unreachable), keep it for the user with
     * the exchange's reason (permanent), or open a conflict (412). Returns what it was.
     */
    private Failure.Kind onFailure(OutboxEntry e, Op op, Mutation m, RuntimeException ex, AtomicBoolean unreachable) {
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
                return k;
            }
            default -> throw new IllegalStateException("unknown failure kind " + f.kind());
        }
        return f.kind();
    }

    /**
     * One push worker's share of the aggregates, sent in mutation batches (ADR 0612): each request
     * carries the next entries of as many of its aggregates as fit (an aggregate's head, and behind it
     * the entries that do not need its answer), an aggregate has at most one request in flight, and
     * each item's result is recorded exactly as a single call's would be. If the exchange refuses
     * batches as such, the worker goes on one request per change.
     */
    private final class BatchWorker {
        private final Deque<Lane> lanes;
        private final Counters counters;
        private final AtomicBoolean refused;

        BatchWorker(List<Lane> lanes, Counters counters, AtomicBoolean refused) {
            this.lanes = new ArrayDeque<>(lanes);
            this.counters = counters;
            this.refused = refused;
        }

        void run() {
            while (!lanes.isEmpty() && !counters.unreachable().get()) {
                if (refused.get()) {
                    for (Lane lane : lanes) {
                        pushInOrder(lane, counters);
                    }
                    return;
                }
                List<Prepared> plan = new ArrayList<>();
                List<Lane> owners = new ArrayList<>();
                int rounds = lanes.size();
                for (int i = 0; i < rounds && plan.size() < maxBatch; i++) {
                    Lane lane = lanes.pollFirst();
                    List<Prepared> next = next(lane, maxBatch - plan.size());
                    if (next.isEmpty()) {
                        continue; // done for this round: not put back
                    }
                    for (Prepared p : next) {
                        plan.add(p);
                        owners.add(lane);
                    }
                }
                if (plan.isEmpty()) {
                    continue;
                }
                if (plan.size() == 1) {
                    sendAlone(owners.get(0), plan.get(0));
                } else {
                    send(plan, owners);
                }
                for (Lane lane : new LinkedHashSet<>(owners)) {
                    if (!lane.stopped) {
                        lanes.addLast(lane);
                    }
                }
            }
        }

        /**
         * The lane's head, and behind it (up to {@code room} in all) the entries whose request does not
         * depend on an earlier answer: not behind a create (the id is not known yet), and either unguarded
         * or carrying the version they were made on (an entry waiting for the version the previous one
         * produces goes in a later request).
         */
        private List<Prepared> next(Lane lane, int room) {
            OutboxEntry head = lane.head();
            if (head == null) {
                return List.of();
            }
            Prepared first = prepare(head);
            if (first == null) {
                counters.failed(Failure.Kind.TRANSIENT);
                lane.stopped = true;
                return List.of();
            }
            List<Prepared> out = new ArrayList<>();
            out.add(first);
            if (first.op().creates()) {
                return out;
            }
            while (out.size() < room) {
                OutboxEntry e = lane.next(out.size());
                if (e == null) {
                    break;
                }
                Op op = Op.valueOf(e.op());
                Mutation m = Mutation.fromJson(e.payload());
                if (op.creates() || (op.guarded() && m.baseVersion() == null)) {
                    break;
                }
                out.add(new Prepared(e, op, m, op.guarded() ? m.baseVersion() : null));
            }
            return out;
        }

        /** A request with one change is the single request, exactly as without batches. */
        private void sendAlone(Lane lane, Prepared p) {
            pushAlone(lane, p.entry(), counters);
        }

        private record Item(Lane lane, Prepared p, BatchCall<?> call) {
        }

        private void send(List<Prepared> plan, List<Lane> owners) {
            MutationBatch batch = dispatcher.newBatch();
            List<Item> items = new ArrayList<>();
            Set<Lane> unfit = new HashSet<>();
            for (int i = 0; i < plan.size(); i++) {
                Prepared p = plan.get(i);
                Lane lane = owners.get(i);
                if (unfit.contains(lane)) {
                    continue;
                }
                OutboxEntry e = p.entry();
                try {
                    items.add(new Item(lane, p, dispatcher.add(batch, p.op(), e.aggregateType(), e.aggregateId(), p.m(),
                            p.ifMatch(), e.clientMutationId())));
                } catch (RuntimeException unsendable) {
                    // the single path fails the same way when it builds the request: the change is kept, failed
                    unfit.add(lane);
                    counters.failed(onFailure(e, p.op(), p.m(), unsendable, counters.unreachable()));
                    lane.stopped = true;
                }
            }
            if (items.isEmpty()) {
                return;
            }
            BatchOutcome out;
            try {
                out = dispatcher.send(batch);
            } catch (BatchTooLargeException tooLarge) {
                splitOrSingle(items);
                return;
            } catch (RuntimeException ex) {
                Failure f = Failure.classify(ex);
                if (f.kind() == Failure.Kind.TRANSIENT) {
                    // nothing of the batch is known to be applied: each aggregate's first item waits for a
                    // retry, exactly as if its single request had failed the same way
                    Set<Lane> seen = new HashSet<>();
                    for (Item it : items) {
                        if (seen.add(it.lane())) {
                            counters.failed(onFailure(it.p().entry(), it.p().op(), it.p().m(), ex, counters.unreachable()));
                            it.lane().stopped = true;
                        }
                    }
                    return;
                }
                LOG.warn("the exchange refused a batch of {} changes as a whole ({}); sending one change per request",
                        items.size(), f.reason());
                refused.set(true);
                return;
            }
            record(items, out);
        }

        /** A batch over the byte limit: halves of it, down to one aggregate, which then goes one by one. */
        private void splitOrSingle(List<Item> items) {
            List<Lane> distinct = new ArrayList<>(new LinkedHashSet<>(items.stream().map(Item::lane).toList()));
            if (distinct.size() == 1) {
                pushInOrder(distinct.get(0), counters);
                return;
            }
            Set<Lane> firstHalf = new HashSet<>(distinct.subList(0, distinct.size() / 2));
            for (boolean first : new boolean[] {true, false}) {
                List<Prepared> plan = new ArrayList<>();
                List<Lane> owners = new ArrayList<>();
                for (Item it : items) {
                    if (firstHalf.contains(it.lane()) == first && !it.lane().stopped) {
                        plan.add(it.p());
                        owners.add(it.lane());
                    }
                }
                if (!plan.isEmpty()) {
                    send(plan, owners);
                }
            }
        }

        /**
         * Maps each item's result onto the outbox as a single answer would be: the accepted ones of every
         * aggregate recorded in one group commit (in order), then each aggregate's first failure recorded
         * on its own; the items behind a failure were not attempted and stay as they are.
         */
        private void record(List<Item> items, BatchOutcome out) {
            record Accept(Lane lane, Prepared p, List<Object> docs) {
            }
            record Failed(Prepared p, RuntimeException ex) {
            }
            List<Accept> accepts = new ArrayList<>();
            List<Failed> failures = new ArrayList<>();
            Set<Lane> blocked = new HashSet<>();
            for (Item it : items) {
                if (blocked.contains(it.lane())) {
                    continue;
                }
                Prepared p = it.p();
                if (out.succeeded(it.call())) {
                    try {
                        accepts.add(new Accept(it.lane(), p, dispatcher.docs(p.op(), p.entry().aggregateId(),
                                out.result(it.call()))));
                        continue;
                    } catch (RuntimeException unreadable) {
                        failures.add(new Failed(p, unreadable));
                    }
                } else if (!out.skipped(it.call())) {
                    failures.add(new Failed(p, out.failure(it.call())));
                }
                blocked.add(it.lane());
                it.lane().stopped = true;
            }
            if (!accepts.isEmpty()) {
                Map<Lane, Map<String, OutboxEntry>> left = commits.commit(() -> {
                    Map<Lane, Map<String, OutboxEntry>> after = new LinkedHashMap<>();
                    for (Accept a : accepts) {
                        after.put(a.lane(), accepted(a.p().entry(), a.p().op(), a.docs()));
                    }
                    return after;
                });
                left.forEach((lane, waiting) -> lane.waiting = waiting);
                counters.accepted(accepts.size());
            }
            for (Failed f : failures) {
                counters.failed(onFailure(f.p().entry(), f.p().op(), f.p().m(), f.ex(), counters.unreachable()));
            }
        }
    }

    /**
     * Records the exchange's acceptance, re-keys a created aggregate, applies the answer: one transaction.
     * Returns the aggregate's entries still to push, read in that transaction (the push thread goes on
     * with them instead of reading each again while other threads' acceptances hold the vault).
     */
    private Map<String, OutboxEntry> accepted(OutboxEntry e, Op op, List<Object> docs) {
        if (!coalescedMeanwhile(e, op, docs)) {
            store.outbox().markDone(e.clientMutationId());
        }
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

    /**
     * Whether a newer autosave of the slip replaced this entry's payload while it was being sent (ADR
     * 0811): then what the exchange accepted is not the user's latest typing, so the entry stays pending
     * with that typing, now made on the version the exchange just produced, instead of being marked done.
     * Only slip edits are coalesced; other ops cost nothing here.
     */
    private boolean coalescedMeanwhile(OutboxEntry e, Op op, List<Object> docs) {
        if (op != Op.PUT_SLIP || docs.isEmpty()) {
            return false;
        }
        OutboxEntry now = store.outbox().find(e.clientMutationId()).orElse(null);
        if (now == null || now.status() == OutboxEntry.Status.DONE) {
            return false;
        }
        Mutation sent = Mutation.fromJson(e.payload());
        Mutation latest = Mutation.fromJson(now.payload());
        if (latest.body().equals(sent.body())) {
            return false;
        }
        Object doc = docs.get(0);
        JsonNode view = Views.ofDoc(op, store.wire().valueToTree(doc));
        store.outbox().replacePayload(e.clientMutationId(), e.op(), latest.withBase(Ids.versionOf(doc), view).toJson());
        return true;
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
