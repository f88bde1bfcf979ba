package io.redesk.app.sync.engine;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Objects;

/**
 * A change of the user's that the exchange refused because it had moved past the version the user
 * edited (412). Keeps base, mine and theirs as comparable views (the slip, the line's terms, the
 * status), so the user can keep mine, take theirs, or merge field by field. Market state the exchange
 * controls is resolved as "theirs" at once, and still recorded here so nothing vanishes unexplained.
 *
 * @param id                the conflict's id
 * @param clientMutationId  the outbox entry it stopped (absent once resolved)
 * @param op                the refused op
 * @param aggregateType     the outbox aggregate
 * @param aggregateId       the outbox aggregate id
 * @param targetType        the entity whose version clashed
 * @param targetId          its id
 * @param status            OPEN or RESOLVED
 * @param resolution        KEEP_MINE, TAKE_THEIRS, MERGED (null while open)
 * @param automatic         resolved by policy (market state), not by the user
 * @param baseVersion       the version the user edited
 * @param theirsVersion     the exchange's version when the conflict was found
 * @param base              the view at the base version (may be null when unknown)
 * @param mine              the user's view
 * @param theirs            the exchange's view
 * @param reason            the exchange's message
 * @param createdAt         when it was recorded
 */
public record ConflictRecord(String id, String clientMutationId, String op, String aggregateType, String aggregateId,
                             String targetType, String targetId, String status, String resolution, boolean automatic,
                             Long baseVersion, long theirsVersion, JsonNode base, JsonNode mine, JsonNode theirs,
                             String reason, Instant createdAt) {

    public static final String OPEN = "OPEN";
    public static final String RESOLVED = "RESOLVED";

    public ConflictRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
    }

    public boolean isOpen() {
        return OPEN.equals(status);
    }

    public ConflictRecord resolved(String how) {
        return new ConflictRecord(id, clientMutationId, op, aggregateType, aggregateId, targetType, targetId, RESOLVED,
                how, automatic, baseVersion, theirsVersion, base, mine, theirs, reason, createdAt);
    }
}
