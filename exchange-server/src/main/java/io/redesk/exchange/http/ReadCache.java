package io.redesk.exchange.http;

import io.redesk.exchange.idempotency.StoredResponse;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Answers to reads, per user and request target, kept while the database has not changed. Every write
 * transaction of every instance moves the database's write version ({@code Database.version}); an answer is
 * reused only for the version it was computed at, so a read never returns anything older than the last
 * commit it could have seen, on any instance. The version is read before the answer is computed, so an
 * answer holds at least the state of its version.
 *
 * <p>Keys carry the user (what a user may see never leaks to another, whatever the route decides) and the
 * path with its query (cursors and filters). Only small answers are kept, and the cache is emptied when
 * it grows past its bound.
 */
final class ReadCache {
    static final int MAX_ENTRIES = 20_000;
    static final int MAX_BODY_BYTES = 64 * 1024;

    private record Entry(long version, StoredResponse response) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    /** The answer computed for {@code key} at {@code version}, or null. */
    StoredResponse get(String key, long version) {
        Entry e = entries.get(key);
        return e != null && e.version() == version ? e.response() : null;
    }

    void put(String key, long version, StoredResponse r) {
        if (r.body() != null && r.body().length > MAX_BODY_BYTES) {
            return;
        }
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(key, new Entry(version, r));
    }
}
