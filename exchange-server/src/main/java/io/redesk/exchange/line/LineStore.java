package io.redesk.exchange.line;

import io.redesk.exchange.auth.Caller;
import io.redesk.exchange.db.Counters;
import io.redesk.exchange.feed.ChangeFeed;
import io.redesk.exchange.http.Json;
import io.redesk.exchange.http.Mutation;
import io.redesk.exchange.party.Directory;
import io.redesk.exchange.placement.PlacementAccess;
import io.redesk.exchange.placement.PlacementStore;
import io.redesk.exchange.placement.Visibility;
import io.redesk.sdk.model.line.Line;
import io.redesk.sdk.model.placement.Placement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/**
 * Lines as stored. A line is visible ({@link Visibility#line}) to the placing broker/cedent, the exchange
 * and the writing reinsurer; its conditions are never shown to other followers.
 */
public final class LineStore {
    private final Json json;
    private final PlacementStore placements;
    private final Directory dir;

    public LineStore(Json json, PlacementStore placements, Directory dir) {
        this.json = json;
        this.placements = placements;
        this.dir = dir;
    }

    public Optional<Line> find(Handle h, UUID id) {
        return h.select("SELECT doc FROM lines WHERE id = ?", id).mapTo(String.class).findOne().map(d -> json.parse(d, Line.class));
    }

    /** The line, when the caller may see it. */
    public Optional<Line> visible(Handle h, Caller caller, UUID id) {
        return find(h, id).filter(l -> Visibility.line(caller, placements.find(h, l.placementId()).orElseThrow(), l));
    }

    /** The placement's lines in the order written. */
    public List<Line> forPlacement(Handle h, UUID placementId) {
        return h.select("SELECT doc FROM lines WHERE placement_id = ? ORDER BY seq", placementId).mapTo(String.class)
                .map(d -> json.parse(d, Line.class)).list();
    }

    /** A line with its list position. */
    public record Listed(Line line, long seq) {
    }

    /**
     * Up to {@code limit} lines of a placement the caller sees, after position {@code after}: all of them
     * for the placing side and the exchange, otherwise the caller's own.
     */
    public List<Listed> ofPlacement(Handle h, Caller caller, PlacementStore.Visible v, long after, int limit) {
        boolean all = v.access() == PlacementAccess.PLACING || v.access() == PlacementAccess.EXCHANGE;
        var q = h.createQuery("SELECT doc, seq FROM lines WHERE placement_id = :placement AND seq > :after "
                        + (all ? "" : "AND reinsurer_id = :org ") + "ORDER BY seq LIMIT :limit")
                .bind("placement", v.placement().id()).bind("after", after).bind("limit", limit);
        if (!all) {
            q.bind("org", caller.organisationId());
        }
        return q.map((rs, ctx) -> new Listed(json.parse(rs.getString(1), Line.class), rs.getLong(2))).list();
    }

    public void insert(Handle h, Line l) {
        long seq = Counters.next(h, "line");
        h.execute("INSERT INTO lines(id, placement_id, reinsurer_id, status, version, seq, doc) VALUES (?,?,?,?,?,?,?)",
                l.id(), l.placementId(), l.reinsurerId(), l.status(), l.version(), seq, json.text(l));
    }

    public void update(Handle h, Line l) {
        h.execute("UPDATE lines SET status = ?, version = ?, doc = ? WHERE id = ?", l.status(), l.version(), json.text(l), l.id());
    }

    public void publish(Mutation m, Placement p, Line l, String action, String detail) {
        List<UUID> audience = new ArrayList<>(List.of(p.brokerId(), p.cedentId(), l.reinsurerId()));
        UUID exchange = dir.exchangeId(m.h());
        if (exchange != null) {
            audience.add(exchange);
        }
        placements.publishChild(m, ChangeFeed.EntityType.LINE, l.id(), p.id(), action, l, audience.stream().distinct().toList(), detail);
    }
}
