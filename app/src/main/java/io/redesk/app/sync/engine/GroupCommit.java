package io.redesk.app.sync.engine;

import io.redesk.store.vault.Vault;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Group commit for the push threads: each thread hands in the vault work that records one accepted
 * change and waits until that work is committed; whichever thread commits next takes every piece of
 * work waiting by then and commits them in one vault transaction, so one disk flush covers the
 * acceptances of several aggregates (a flush takes ~10 ms on the shared machine, which alone capped the
 * push near 100 changes/s). Nothing else changes: a thread still returns only once its acceptance is
 * durable, so an aggregate's next change is never sent before the previous one is recorded, and the
 * pieces run one after the other inside the transaction exactly as separate transactions would. If the
 * joint transaction fails, each piece is retried in a transaction of its own, so one bad piece fails
 * only its own thread (ADR 0610).
 */
final class GroupCommit {

    private final Vault vault;
    private final ReentrantLock committer = new ReentrantLock();
    private final ConcurrentLinkedQueue<Piece> waiting = new ConcurrentLinkedQueue<>();

    GroupCommit(Vault vault) {
        this.vault = vault;
    }

    private record Piece(Supplier<?> work, CompletableFuture<Object> done) {
    }

    /** Runs {@code work} in a vault transaction, possibly shared with other threads' work; returns once committed. */
    void commit(Runnable work) {
        commit(() -> {
            work.run();
            return null;
        });
    }

    /**
     * As {@link #commit(Runnable)}, returning what {@code work} returned in the transaction that committed
     * (if a joint transaction failed and the piece ran again alone, the result of that run).
     */
    @SuppressWarnings("unchecked")
    <T> T commit(Supplier<T> work) {
        Piece mine = new Piece(work, new CompletableFuture<>());
        waiting.add(mine);
        committer.lock();
        try {
            if (!mine.done().isDone()) {
                List<Piece> batch = new ArrayList<>();
                for (Piece p = waiting.poll(); p != null; p = waiting.poll()) {
                    batch.add(p);
                }
                run(batch);
            }
        } finally {
            committer.unlock();
        }
        try {
            return (T) mine.done().join();
        } catch (CompletionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException r) {
                throw r;
            }
            if (c instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(c);
        }
    }

    private void run(List<Piece> batch) {
        if (batch.isEmpty()) {
            return;
        }
        if (batch.size() > 1) {
            try {
                List<Object> results = vault.transaction((Supplier<List<Object>>) () -> {
                    List<Object> out = new ArrayList<>(batch.size());
                    batch.forEach(p -> out.add(p.work().get()));
                    return out;
                });
                for (int i = 0; i < batch.size(); i++) {
                    batch.get(i).done().complete(results.get(i));
                }
                return;
            } catch (RuntimeException | Error jointFailed) {
                // rolled back as a whole: give every piece its own transaction and its own outcome
            }
        }
        for (Piece p : batch) {
            try {
                Supplier<?> work = p.work();
                p.done().complete(vault.transaction((Supplier<Object>) work::get));
            } catch (RuntimeException | Error e) {
                p.done().completeExceptionally(e);
            }
        }
    }
}
