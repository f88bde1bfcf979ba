package io.redesk.app.sync.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The comparable view of an entity for one op: what a conflict shows as base, mine and theirs. A slip
 * edit compares slips; a line amendment the line's terms; anything else the status and the request.
 */
final class Views {

    private Views() {
    }

    /** The view of the exchange's document {@code doc} (wire JSON of the op's target). */
    static JsonNode ofDoc(Op op, JsonNode doc) {
        if (doc == null) {
            return null;
        }
        switch (op) {
            case PUT_SLIP:
                return doc.get("slip");
            case ENDORSE: {
                // an endorsement's request carries the slip: compare slips, as for a slip edit
                ObjectNode n = JsonNodeFactory.instance.objectNode();
                copy(doc, n, "slip");
                copy(doc, n, "status");
                return n;
            }
            case AMEND_LINE:
            case WITHDRAW_LINE: {
                ObjectNode n = JsonNodeFactory.instance.objectNode();
                copy(doc, n, "writtenShare");
                copy(doc, n, "toStand");
                copy(doc, n, "conditions");
                copy(doc, n, "status");
                return n;
            }
            case MOVE_RESERVE: {
                // a movement is made against the reserve the user read (ADR 0440): compare reserves
                ObjectNode n = JsonNodeFactory.instance.objectNode();
                copy(doc, n, "reserve");
                copy(doc, n, "version");
                return n;
            }
            default: {
                ObjectNode n = JsonNodeFactory.instance.objectNode();
                copy(doc, n, "status");
                copy(doc, n, "version");
                return n;
            }
        }
    }

    /** The user's view: the request body itself. */
    static JsonNode ofMine(Mutation m) {
        return m.body();
    }

    /** Whether field-by-field merging makes sense for this op (the view is the request body). */
    static boolean mergeable(Op op) {
        return op == Op.PUT_SLIP || op == Op.AMEND_LINE;
    }

    private static void copy(JsonNode from, ObjectNode to, String field) {
        if (from.has(field)) {
            to.set(field, from.get(field));
        }
    }
}
