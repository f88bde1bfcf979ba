package io.redesk.exchange.feed;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/**
 * The change feed's store. Records committed changes, each with its audience fixed at commit time
 * (DESIGN.md §3): an organisation outside the audience never sees the change. An audience member marked
 * restricted gets the restricted document (a placement without its lead terms).
 *
 * <p>Positions ({@code seq}) are taken inside the write transaction, which is the only writer while it
 * runs ({@link io.redesk.exchange.db.Database#write}): a change's position is the next after every
 * committed one, and no later position can commit before it. A reader asking for the changes after its
 * last cursor therefore never skips one (ADR 0403).
 */
public final class ChangeFeed {

    /** The kinds of resource the feed carries (the {@code entityType} of a change). */
    public enum EntityType { PLACEMENT, QUOTE, LINE, TECHNICAL_ACCOUNT, CLAIM, RESERVE_MOVEMENT, CASH_CALL, SETTLEMENT, INVOICE }

    /** A change as an organisation sees it: its document already chosen (full or restricted). */
    public record Row(long seq, String type, String entityId, String placementId, String action, String occurredAt, String doc) {
    }

    /**
     * @param audience organisation id to "restricted?" for each organisation that may see the change
     */
    public void record(Handle h, EntityType type, UUID entityId, UUID placementId, String action, String occurredAt,
                       String docJson, String restrictedDocJson, Map<UUID, Boolean> audience) {
        long seq = h.select("SELECT COALESCE(MAX(seq), 0) + 1 FROM changes").mapTo(Long.class).one();
        h.execute("INSERT INTO changes(seq, entity_type, entity_id, placement_id, action, occurred_at, doc, restricted_doc) VALUES (?,?,?,?,?,?,?,?)",
                seq, type, entityId, placementId, action, occurredAt, docJson, restrictedDocJson);
        for (Map.Entry<UUID, Boolean> e : audience.entrySet()) {
            h.execute("INSERT INTO change_audience(organisation_id, seq, restricted) VALUES (?,?,?)",
                    e.getKey(), seq, e.getValue() && restrictedDocJson != null);
        }
    }

    /** Up to {@code limit} of the organisation's changes after position {@code after}, in commit order. */
    public List<Row> after(Handle h, UUID organisationId, long after, int limit) {
        return h.select("SELECT c.seq, c.entity_type, c.entity_id, c.placement_id, c.action, c.occurred_at, "
                                + "CASE WHEN a.restricted = 1 THEN c.restricted_doc ELSE c.doc END "
                                + "FROM change_audience a JOIN changes c ON c.seq = a.seq WHERE a.organisation_id = ? AND a.seq > ? "
                                + "ORDER BY a.seq LIMIT ?", organisationId, after, limit)
                .map((rs, ctx) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getString(7)))
                .list();
    }
}
