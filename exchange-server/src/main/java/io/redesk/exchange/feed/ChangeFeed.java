package io.redesk.exchange.feed;

import io.redesk.exchange.db.Sql;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;

/**
 * Records committed changes for the feed, each with its audience fixed at commit time (DESIGN.md §3):
 * an organisation outside the audience never sees the change. An audience member marked restricted
 * gets the restricted document (a placement without its lead terms).
 */
public final class ChangeFeed {

    /** The kinds of resource the feed carries (the {@code entityType} of a change). */
    public enum EntityType { PLACEMENT, QUOTE, LINE, TECHNICAL_ACCOUNT, CLAIM, SETTLEMENT, INVOICE }

    /**
     * @param audience organisation id to "restricted?" for each organisation that may see the change
     */
    public void record(Connection c, EntityType type, UUID entityId, UUID placementId, String action, String occurredAt,
                       String docJson, String restrictedDocJson, Map<UUID, Boolean> audience) throws SQLException {
        long seq = Sql.one(c, "SELECT COALESCE(MAX(seq), 0) + 1 FROM changes", rs -> rs.getLong(1)).orElse(1L);
        Sql.update(c, "INSERT INTO changes(seq, entity_type, entity_id, placement_id, action, occurred_at, doc, restricted_doc) VALUES (?,?,?,?,?,?,?,?)",
                seq, type, entityId, placementId, action, occurredAt, docJson, restrictedDocJson);
        for (Map.Entry<UUID, Boolean> e : audience.entrySet()) {
            Sql.update(c, "INSERT INTO change_audience(organisation_id, seq, restricted) VALUES (?,?,?)",
                    e.getKey(), seq, e.getValue() && restrictedDocJson != null);
        }
    }
}
