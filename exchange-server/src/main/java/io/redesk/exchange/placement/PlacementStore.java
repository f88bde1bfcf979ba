package io.redesk.exchange.placement;

import io.redesk.exchange.audit.AuditLog;
import io.redesk.exchange.auth.Caller;
import io.redesk.exchange.db.Counters;
import io.redesk.exchange.feed.ChangeFeed;
import io.redesk.exchange.http.Json;
import io.redesk.exchange.http.Mutation;
import io.redesk.exchange.party.Directory;
import io.redesk.sdk.model.placement.Endorsement;
import io.redesk.sdk.model.placement.Placement;
import io.redesk.sdk.model.placement.SlipVersion;
import io.redesk.sdk.model.registration.RegistrationReceipt;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/**
 * Placements as stored (their wire document plus the columns rules and visibility need), with their slip
 * versions, endorsements, signing result and registration receipt; who may see them (through
 * {@link Visibility}); and publishing a change: the feed entry with its audience and the audit event, in
 * the caller's transaction. Every method runs on the handle it is given and answers with data or an empty
 * result, never with an HTTP error.
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

    public Directory directory() {
        return dir;
    }

    public Optional<Placement> find(Handle h, UUID id) {
        return h.select("SELECT doc FROM placements WHERE id = ?", id).mapTo(String.class).findOne()
                .map(doc -> json.parse(doc, Placement.class));
    }

    /** A placement the caller may see, with how it sees it. */
    public record Visible(Placement placement, PlacementAccess access) {
        /** The placement as this caller may see it. */
        public Placement view() {
            return Visibility.view(placement, access);
        }
    }

    /** A placement's stored document as the caller may see it, unparsed, with its version and the caller's access. */
    public record VisibleDoc(String doc, long version, PlacementAccess access) {
    }

    /** The stored document of a placement the caller may see; empty when it does not exist for the caller. */
    public Optional<VisibleDoc> visibleDoc(Handle h, Caller caller, UUID id) {
        return h.select("SELECT p.doc, p.version, p.broker_id, p.cedent_id, pp.kind FROM placements p "
                        + "LEFT JOIN placement_participants pp ON pp.placement_id = p.id AND pp.organisation_id = ? WHERE p.id = ?",
                        caller.organisationId(), id)
                .map((rs, ctx) -> new VisibleDoc(rs.getString(1), rs.getLong(2), Visibility.placement(caller,
                        UUID.fromString(rs.getString(3)), UUID.fromString(rs.getString(4)), rs.getString(5))))
                .findOne().filter(v -> v.access().sees());
    }

    /** The placement and the caller's access to it; empty when the caller may not see it. */
    public Optional<Visible> visible(Handle h, Caller caller, UUID id) {
        return visibleDoc(h, caller, id).map(v -> new Visible(json.parse(v.doc(), Placement.class), v.access()));
    }

    /** How the caller's organisation relates to a placement. */
    public PlacementAccess access(Handle h, Caller caller, Placement p) {
        return Visibility.placement(caller, p.brokerId(), p.cedentId(), participantKind(h, p.id(), caller.organisationId()).orElse(null));
    }

    public Optional<String> participantKind(Handle h, UUID placementId, UUID orgId) {
        return h.select("SELECT kind FROM placement_participants WHERE placement_id = ? AND organisation_id = ?", placementId, orgId)
                .mapTo(String.class).findOne();
    }

    /** One listed placement: its stored document, list position and the caller's access. */
    public record Listed(String doc, long seq, PlacementAccess access) {
    }

    /**
     * Up to {@code limit} placements the caller may see, newest first, before list position {@code before}
     * (null: from the newest), in one status when {@code status} is not null.
     */
    public List<Listed> list(Handle h, Caller caller, Long before, String status, int limit) {
        var q = h.createQuery("SELECT p.doc, p.seq, pp.kind, p.broker_id, p.cedent_id FROM placements p "
                        + "LEFT JOIN placement_participants pp ON pp.placement_id = p.id AND pp.organisation_id = :org "
                        + "WHERE p.seq < :before " + (status == null ? "" : "AND p.status = :status ")
                        + "AND " + Visibility.LISTED + " ORDER BY p.seq DESC LIMIT :limit")
                .bind("org", caller.organisationId())
                .bind("before", before == null ? Long.MAX_VALUE : before)
                .bind("exchange", caller.isExchange() ? 1 : 0)
                .bind("limit", limit);
        if (status != null) {
            q.bind("status", status);
        }
        return q.map((rs, ctx) -> new Listed(rs.getString(1), rs.getLong(2), Visibility.placement(caller,
                        UUID.fromString(rs.getString(4)), UUID.fromString(rs.getString(5)), rs.getString(3))))
                .list();
    }

    public boolean umrExists(Handle h, String umr) {
        return h.select("SELECT 1 FROM placements WHERE umr = ?", umr).mapTo(Integer.class).findOne().isPresent();
    }

    /** Adds or upgrades a participant; FOLLOW is never downgraded to INQUIRY. */
    public void addParticipant(Handle h, UUID placementId, UUID orgId, String kind, String overrideReason) {
        h.execute("INSERT INTO placement_participants(placement_id, organisation_id, kind, override_reason) VALUES (?,?,?,?) "
                        + "ON CONFLICT (placement_id, organisation_id) DO UPDATE SET kind = CASE WHEN placement_participants.kind = 'FOLLOW' "
                        + "THEN 'FOLLOW' ELSE excluded.kind END, "
                        + "override_reason = COALESCE(excluded.override_reason, placement_participants.override_reason)",
                placementId, orgId, kind, overrideReason);
    }

    public void insert(Handle h, Placement p) {
        long seq = Counters.next(h, "placement");
        h.execute("INSERT INTO placements(id, umr, status, broker_id, cedent_id, version, seq, doc) VALUES (?,?,?,?,?,?,?,?)",
                p.id(), p.umr(), p.status(), p.brokerId(), p.cedentId(), p.version(), seq, json.text(p));
    }

    public void update(Handle h, Placement p) {
        h.execute("UPDATE placements SET umr = ?, status = ?, version = ?, doc = ? WHERE id = ?",
                p.umr(), p.status(), p.version(), json.text(p), p.id());
    }

    // ---- slip versions and endorsements

    public void insertSlipVersion(Handle h, UUID placementId, SlipVersion v) {
        h.execute("INSERT INTO slip_versions(placement_id, number, doc) VALUES (?,?,?)", placementId, v.number(), json.text(v));
    }

    /** Up to {@code limit} slip versions after number {@code after}, oldest first. */
    public List<SlipVersion> slipVersions(Handle h, UUID placementId, long after, int limit) {
        return h.select("SELECT doc FROM slip_versions WHERE placement_id = ? AND number > ? ORDER BY number LIMIT ?",
                placementId, after, limit).mapTo(String.class).map(d -> json.parse(d, SlipVersion.class)).list();
    }

    public Optional<SlipVersion> slipVersion(Handle h, UUID placementId, long number) {
        return h.select("SELECT doc FROM slip_versions WHERE placement_id = ? AND number = ?", placementId, number)
                .mapTo(String.class).findOne().map(d -> json.parse(d, SlipVersion.class));
    }

    public long nextEndorsementNumber(Handle h, UUID placementId) {
        return h.select("SELECT COALESCE(MAX(number), 0) + 1 FROM endorsements WHERE placement_id = ?", placementId)
                .mapTo(Long.class).one();
    }

    public void insertEndorsement(Handle h, Endorsement e) {
        h.execute("INSERT INTO endorsements(id, placement_id, number, doc) VALUES (?,?,?,?)", e.id(), e.placementId(), e.number(),
                json.text(e));
    }

    /** Up to {@code limit} endorsements after number {@code after}, oldest first. */
    public List<Endorsement> endorsements(Handle h, UUID placementId, long after, int limit) {
        return h.select("SELECT doc FROM endorsements WHERE placement_id = ? AND number > ? ORDER BY number LIMIT ?",
                placementId, after, limit).mapTo(String.class).map(d -> json.parse(d, Endorsement.class)).list();
    }

    // ---- signing and registration

    /** The signing result stored when the placement was closed, as stored JSON. */
    public Optional<String> signing(Handle h, UUID placementId) {
        return h.select("SELECT signing FROM placements WHERE id = ?", placementId).mapTo(String.class).findOne();
    }

    public void saveSigning(Handle h, UUID placementId, Object signingResult) {
        h.execute("UPDATE placements SET signing = ? WHERE id = ?", json.text(signingResult), placementId);
    }

    public Optional<RegistrationReceipt> registration(Handle h, UUID placementId) {
        return h.select("SELECT doc FROM registrations WHERE placement_id = ?", placementId).mapTo(String.class).findOne()
                .map(d -> json.parse(d, RegistrationReceipt.class));
    }

    /** The next registration's serial number (gapless: the counter commits with the registration). */
    public long nextRegistrationSerial(Handle h) {
        return Counters.next(h, "registration");
    }

    public void insertRegistration(Handle h, RegistrationReceipt receipt) {
        h.execute("INSERT INTO registrations(placement_id, registration_number, doc) VALUES (?,?,?)", receipt.placementId(),
                receipt.registrationNumber(), json.text(receipt));
    }

    // ---- publishing

    /** Who sees a placement change, and whether they get the restricted view. */
    public Map<UUID, Boolean> audience(Handle h, Placement p) {
        Map<UUID, Boolean> a = new LinkedHashMap<>();
        a.put(p.brokerId(), false);
        a.put(p.cedentId(), false);
        UUID exchange = dir.exchangeId(h);
        if (exchange != null) {
            a.put(exchange, false);
        }
        h.select("SELECT organisation_id, kind FROM placement_participants WHERE placement_id = ?", p.id())
                .map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2)})
                .forEach(row -> a.putIfAbsent(UUID.fromString(row[0]), !Visibility.FOLLOW.equals(row[1])));
        return a;
    }

    /** Records the placement's new state in the feed and the audit log. */
    public void publish(Mutation m, Placement p, String action, String detail) {
        Map<UUID, Boolean> aud = audience(m.h(), p);
        Placement restricted = Visibility.view(p, PlacementAccess.INQUIRY);
        feed.record(m.h(), ChangeFeed.EntityType.PLACEMENT, p.id(), p.id(), action, m.nowText(), json.text(p),
                restricted == p ? null : json.text(restricted), aud);
        // the audit detail (order, follower count, signing factor) is for those who see the whole placement: an
        // organisation that only quoted gets the restricted view in its feed and the event redacted in the audit log
        List<UUID> fullView = new ArrayList<>();
        aud.forEach((org, restrictedView) -> {
            if (!restrictedView) {
                fullView.add(org);
            }
        });
        audit.append(m.h(), m.nowText(), m.actor(), action, "PLACEMENT", p.id(), detail, fullView, false);
    }

    /** Records a quote or line change for the given audience. */
    public void publishChild(Mutation m, ChangeFeed.EntityType type, UUID id, UUID placementId, String action, Object doc,
                             List<UUID> audience, String detail) {
        Map<UUID, Boolean> aud = new LinkedHashMap<>();
        for (UUID o : audience) {
            aud.put(o, false);
        }
        feed.record(m.h(), type, id, placementId, action, m.nowText(), json.text(doc), null, aud);
        audit.append(m.h(), m.nowText(), m.actor(), action, type.name(), id, detail, audience, false);
    }
}
