package io.redesk.exchange.placement;

import io.redesk.exchange.audit.AuditLog;
import io.redesk.exchange.auth.Caller;
import io.redesk.exchange.db.Sql;
import io.redesk.exchange.feed.ChangeFeed;
import io.redesk.exchange.http.ApiProblem;
import io.redesk.exchange.http.Json;
import io.redesk.exchange.http.Mutation;
import io.redesk.exchange.party.Directory;
import io.redesk.sdk.model.placement.Placement;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Placements as stored (their wire document plus the columns rules and visibility need), who may see
 * them, and publishing a change: the feed entry with its audience and the audit event, in the
 * caller's transaction.
 */
public final class PlacementStore {
    private final Json json;
    private final Directory dir;
    private final ChangeFeed feed;
    private final AuditLog audit;

    public PlacementStore(Json json, Directory dir, ChangeFeed feed, AuditLog audit) {
        this.json = json;
        this.dir = dir;
        this.feed = feed;
        this.audit = audit;
    }

    public Json json() {
        return json;
    }

    public Optional<Placement> find(Connection c, UUID id) throws SQLException {
        return Sql.one(c, "SELECT doc FROM placements WHERE id = ?", rs -> json.parse(rs.getString(1), Placement.class), id);
    }

    /** How the caller's organisation relates to the placement. */
    public PlacementAccess access(Connection c, Caller caller, Placement p) throws SQLException {
        if (caller.organisationId().equals(p.brokerId()) || caller.organisationId().equals(p.cedentId())) {
            return PlacementAccess.PLACING;
        }
        if (caller.isExchange()) {
            return PlacementAccess.EXCHANGE;
        }
        Optional<String> kind = participantKind(c, p.id(), caller.organisationId());
        return kind.map(k -> "FOLLOW".equals(k) ? PlacementAccess.FOLLOWER : PlacementAccess.INQUIRY).orElse(PlacementAccess.NONE);
    }

    public Optional<String> participantKind(Connection c, UUID placementId, UUID orgId) throws SQLException {
        return Sql.one(c, "SELECT kind FROM placement_participants WHERE placement_id = ? AND organisation_id = ?",
                rs -> rs.getString(1), placementId, orgId);
    }

    /** Adds or upgrades a participant; FOLLOW is never downgraded to INQUIRY. */
    public void addParticipant(Connection c, UUID placementId, UUID orgId, String kind, String overrideReason) throws SQLException {
        Sql.update(c, "INSERT INTO placement_participants(placement_id, organisation_id, kind, override_reason) VALUES (?,?,?,?) "
                        + "ON CONFLICT(placement_id, organisation_id) DO UPDATE SET kind = CASE WHEN kind = 'FOLLOW' THEN 'FOLLOW' ELSE excluded.kind END, "
                        + "override_reason = COALESCE(excluded.override_reason, override_reason)",
                placementId, orgId, kind, overrideReason);
    }

    /** The placement and the caller's access to it, or 404 when the caller may not see it. */
    public Visible visible(Connection c, Caller caller, UUID id) throws SQLException {
        Placement p = find(c, id).orElseThrow(ApiProblem::notFound);
        PlacementAccess a = access(c, caller, p);
        if (!a.sees()) {
            throw ApiProblem.notFound();
        }
        return new Visible(p, a);
    }

    /** A placement the caller may see, with how it sees it. */
    public record Visible(Placement placement, PlacementAccess access) {
        /** The placement as this caller may see it. */
        public Placement view() {
            return PlacementStore.view(placement, access);
        }
    }

    /** Quoting-only reinsurers do not see the lead terms. */
    public static Placement view(Placement p, PlacementAccess a) {
        if (a != PlacementAccess.INQUIRY || p.firmOrder() == null) {
            return p;
        }
        return new Placement(p.id(), p.umr(), p.title(), p.status(), p.cedentId(), p.brokerId(), p.contractKind(), p.currency(),
                p.slipVersion(), p.slip(), null, p.signedAt(), p.registrationNumber(), p.createdAt(), p.updatedAt(), p.version());
    }

    public void insert(Connection c, Placement p) throws SQLException {
        long seq = Sql.nextValue(c, "placement");
        Sql.update(c, "INSERT INTO placements(id, umr, status, broker_id, cedent_id, version, seq, doc) VALUES (?,?,?,?,?,?,?,?)",
                p.id(), p.umr(), p.status(), p.brokerId(), p.cedentId(), p.version(), seq, json.text(p));
    }

    public void update(Connection c, Placement p) throws SQLException {
        Sql.update(c, "UPDATE placements SET umr = ?, status = ?, version = ?, doc = ? WHERE id = ?",
                p.umr(), p.status(), p.version(), json.text(p), p.id());
    }

    /** Who sees a placement change, and whether they get the restricted view. */
    public Map<UUID, Boolean> audience(Connection c, Placement p) throws SQLException {
        Map<UUID, Boolean> a = new LinkedHashMap<>();
        a.put(p.brokerId(), false);
        a.put(p.cedentId(), false);
        UUID exchange = dir.exchangeId(c);
        if (exchange != null) {
            a.put(exchange, false);
        }
        for (String[] row : Sql.list(c, "SELECT organisation_id, kind FROM placement_participants WHERE placement_id = ?",
                rs -> new String[] {rs.getString(1), rs.getString(2)}, p.id())) {
            a.putIfAbsent(UUID.fromString(row[0]), !"FOLLOW".equals(row[1]));
        }
        return a;
    }

    /** Records the placement's new state in the feed and the audit log. */
    public void publish(Mutation m, Placement p, String action, String detail) throws SQLException {
        Map<UUID, Boolean> aud = audience(m.c(), p);
        Placement restricted = view(p, PlacementAccess.INQUIRY);
        feed.record(m.c(), ChangeFeed.EntityType.PLACEMENT, p.id(), p.id(), action, m.nowText(), json.text(p),
                restricted == p ? null : json.text(restricted), aud);
        audit.append(m.c(), m.nowText(), m.actor(), action, "PLACEMENT", p.id(), detail, new ArrayList<>(aud.keySet()), false);
    }

    /** Records a quote or line change for the given audience. */
    public void publishChild(Mutation m, ChangeFeed.EntityType type, UUID id, UUID placementId, String action, Object doc,
                             List<UUID> audience, String detail) throws SQLException {
        Map<UUID, Boolean> aud = new LinkedHashMap<>();
        for (UUID o : audience) {
            aud.put(o, false);
        }
        feed.record(m.c(), type, id, placementId, action, m.nowText(), json.text(doc), null, aud);
        audit.append(m.c(), m.nowText(), m.actor(), action, type.name(), id, detail, audience, false);
    }

    public Directory directory() {
        return dir;
    }
}
