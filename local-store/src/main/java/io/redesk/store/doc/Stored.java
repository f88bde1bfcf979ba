package io.redesk.store.doc;

import java.time.Instant;

/** A record as stored: its id, local version (1 on insert, +1 per update), last local change, value. */
public record Stored<T>(String id, long version, Instant updatedAt, T value) {
}
