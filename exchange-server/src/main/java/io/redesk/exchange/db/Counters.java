package io.redesk.exchange.db;

import org.jdbi.v3.core.Handle;

/**
 * Named counters (the order in which placements, quotes, lines and registrations were created). Taking a
 * value locks the counter's row until the transaction ends, and a rolled-back transaction gives its value
 * back, so the values committed are gapless.
 */
public final class Counters {
    private Counters() {
    }

    /** The counter's next value, from 1, inside the caller's write transaction. */
    public static long next(Handle h, String counter) {
        return h.select("INSERT INTO counters(name, value) VALUES (?, 1) ON CONFLICT (name) DO UPDATE SET value = counters.value + 1 "
                + "RETURNING value", counter).mapTo(Long.class).one();
    }
}
