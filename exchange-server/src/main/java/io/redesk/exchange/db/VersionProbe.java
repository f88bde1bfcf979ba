package io.redesk.exchange.db;

import java.util.function.LongSupplier;

/**
 * Reads the database's write version for many concurrent requests with few queries, without ever
 * answering a request with a version read before it arrived (ADR 0404).
 *
 * <p>A request may use the result of any probe (one {@code SELECT} of the version) that <em>started</em>
 * after the request arrived: such a probe sees every write committed before the request, on any
 * instance, which is all the read cache needs ({@code ReadCache}). So at most one probe runs at a time;
 * a request arriving while one runs waits for the next one, which it may start itself, and every request
 * that arrived before that next probe started shares its result. Under load one probe serves a whole
 * group of requests (a round trip each was the largest cost of a cached read on PostgreSQL); alone, a
 * request runs its own probe as before.
 *
 * <p>The version only grows, so the newest finished probe's value is the one to hand out.
 */
final class VersionProbe {

    private final LongSupplier query;
    /** Probes started so far; the number of the running one while {@link #running}. Guarded by {@code this}. */
    private long started;
    /** The number of the newest probe that finished. Guarded by {@code this}. */
    private long finished;
    /** The newest version a probe returned. Guarded by {@code this}. */
    private long version;
    private boolean running;

    VersionProbe(LongSupplier query) {
        this.query = query;
    }

    /** A write version read after this call began. */
    long current() {
        long mine;
        synchronized (this) {
            // The next probe to start is the first one this request may use.
            long needed = started + 1;
            while (true) {
                if (finished >= needed) {
                    return version;
                }
                if (!running) {
                    running = true;
                    mine = ++started;
                    break;
                }
                try {
                    wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while reading the write version", e);
                }
            }
        }
        long v;
        try {
            v = query.getAsLong();
        } catch (RuntimeException | Error e) {
            synchronized (this) {
                running = false; // a waiter starts the next probe itself
                notifyAll();
            }
            throw e;
        }
        synchronized (this) {
            finished = mine;
            version = Math.max(version, v);
            running = false;
            notifyAll();
            return version;
        }
    }

    /** Probes run so far (for tests and the benchmark's counters). */
    synchronized long probes() {
        return started;
    }
}
