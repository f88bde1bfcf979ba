package io.redesk.app.sync.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;

/**
 * The payload of one outbox entry: the request body as the exchange's API takes it, and for guarded
 * ops the version the user edited ({@code baseVersion}; absent when it is whatever the previous entry
 * of the same aggregate will produce) with the comparable view of that version ({@code base}), which
 * is what a conflict record shows as "base".
 *
 * @param body        request body (JSON of the SDK's request record), or an empty object
 * @param targetId    the guarded entity when it is not the aggregate itself (a quote accepted on a placement)
 * @param baseVersion the exchange's version the user's change was made on, or null to chain
 * @param base        the comparable view of that version (slip, line terms, status), or null
 * @param placementId the placement of a line being written
 * @param draft       an autosaved slip edit: the next autosave of the same slip replaces it while it is unsent
 *                    (ADR 0811), where an explicit change always stays a change of its own
 * @param local       what the change's local effect needs beyond the request (a finance change: the acting
 *                    organisation, the record a create makes; ADR 0622), never sent; or null
 */
public record Mutation(JsonNode body, String targetId, Long baseVersion, JsonNode base, String placementId, boolean draft,
                       JsonNode local) {

    public Mutation {
        body = body == null ? JsonNodeFactory.instance.objectNode() : body;
    }

    public Mutation(JsonNode body, String targetId, Long baseVersion, JsonNode base, String placementId, boolean draft) {
        this(body, targetId, baseVersion, base, placementId, draft, null);
    }

    public static Mutation of(JsonNode body) {
        return new Mutation(body, null, null, null, null, false, null);
    }

    public Mutation withBase(Long version, JsonNode view) {
        return new Mutation(body, targetId, version, view, placementId, draft, local);
    }

    public Mutation withBody(JsonNode next) {
        return new Mutation(Objects.requireNonNull(next, "body"), targetId, baseVersion, base, placementId, draft, local);
    }

    public Mutation withTarget(String id) {
        return new Mutation(body, id, baseVersion, base, placementId, draft, local);
    }

    public Mutation withPlacement(String id) {
        return new Mutation(body, targetId, baseVersion, base, id, draft, local);
    }

    /** This change with what its local effect needs ({@link #local()}). */
    public Mutation withLocal(JsonNode data) {
        return new Mutation(body, targetId, baseVersion, base, placementId, draft, data);
    }

    /** This change marked as an autosaved draft ({@code true}) or as a change of its own ({@code false}). */
    public Mutation asDraft(boolean isDraft) {
        return new Mutation(body, targetId, baseVersion, base, placementId, isDraft, local);
    }

    public JsonNode toJson() {
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        n.set("body", body);
        if (targetId != null) {
            n.put("targetId", targetId);
        }
        if (baseVersion != null) {
            n.put("baseVersion", baseVersion);
        }
        if (base != null) {
            n.set("base", base);
        }
        if (placementId != null) {
            n.put("placementId", placementId);
        }
        if (draft) {
            n.put("draft", true);
        }
        if (local != null) {
            n.set("local", local);
        }
        return n;
    }

    public static Mutation fromJson(JsonNode n) {
        if (n == null || !n.isObject()) {
            throw new IllegalArgumentException("outbox payload is not a JSON object");
        }
        return new Mutation(n.get("body"), text(n, "targetId"),
                n.hasNonNull("baseVersion") ? n.get("baseVersion").asLong() : null,
                n.hasNonNull("base") ? n.get("base") : null, text(n, "placementId"), n.path("draft").asBoolean(false),
                n.hasNonNull("local") ? n.get("local") : null);
    }

    private static String text(JsonNode n, String field) {
        return n.hasNonNull(field) ? n.get(field).asText() : null;
    }
}
