package io.redesk.app.sync.engine;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/**
 * The exchange's last known state of one entity as this user may see it (the wire document of a
 * placement, quote or line, and its version). It is "theirs" and, for a change the user made on it,
 * the base; the user's own pending edits live in the projections and the outbox, never here.
 *
 * @param id            {@code TYPE:uuid}
 * @param entityType    PLACEMENT, QUOTE or LINE
 * @param entityId      the exchange's id
 * @param placementId   the placement it belongs to (itself for a placement)
 * @param serverVersion the exchange's version (its ETag)
 * @param doc           the wire document
 */
public record ServerCopy(String id, String entityType, String entityId, String placementId, long serverVersion,
                         JsonNode doc) {

    public ServerCopy {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(entityType, "entityType");
        Objects.requireNonNull(entityId, "entityId");
        Objects.requireNonNull(doc, "doc");
    }

    public static String key(String entityType, String entityId) {
        return entityType + ":" + entityId;
    }
}
