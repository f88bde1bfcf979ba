package io.redesk.store.draft;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/**
 * Local-only work in progress (a slip being typed offline, an unsent quote request): never synced,
 * never in the outbox. {@code kind} names the editor that owns it.
 */
public record DraftRecord(String id, String kind, String title, JsonNode content) {
    public DraftRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(content, "content");
    }
}
