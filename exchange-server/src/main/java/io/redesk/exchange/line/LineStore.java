package io.redesk.exchange.line;

import io.redesk.domain.line.LineWorkflow;
import io.redesk.domain.workflow.IllegalTransitionException;
import io.redesk.exchange.db.Sql;
import io.redesk.exchange.feed.ChangeFeed;
import io.redesk.exchange.http.ApiProblem;
import io.redesk.exchange.http.Json;
import io.redesk.exchange.http.Mutation;
import io.redesk.exchange.party.Directory;
import io.redesk.exchange.placement.PlacementStore;
import io.redesk.sdk.model.line.Line;
import io.redesk.sdk.model.line.LineStatus;
import io.redesk.sdk.model.placement.Placement;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Lines as stored. A line is visible to the placing broker/cedent, the exchange and the writing
 * reinsurer; its conditions are never shown to other followers.
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

    public Optional<Line> find(Connection c, UUID id) throws SQLException {
        return Sql.one(c, "SELECT doc FROM lines WHERE id = ?", rs -> json.parse(rs.getString(1), Line.class), id);
    }

    /** The placement's lines in the order written. */
    public List<Line> forPlacement(Connection c, UUID placementId) throws SQLException {
        return Sql.list(c, "SELECT doc FROM lines WHERE placement_id = ? ORDER BY seq", rs -> json.parse(rs.getString(1), Line.class), placementId);
    }

    public static boolean maySee(UUID orgId, boolean exchange, Placement p, Line l) {
        return exchange || orgId.equals(p.brokerId()) || orgId.equals(p.cedentId()) || orgId.equals(l.reinsurerId());
    }

    public void insert(Connection c, Line l) throws SQLException {
        long seq = Sql.nextValue(c, "line");
        Sql.update(c, "INSERT INTO lines(id, placement_id, reinsurer_id, status, version, seq, doc) VALUES (?,?,?,?,?,?,?)",
                l.id(), l.placementId(), l.reinsurerId(), l.status(), l.version(), seq, json.text(l));
    }

    public void update(Connection c, Line l) throws SQLException {
        Sql.update(c, "UPDATE lines SET status = ?, version = ?, doc = ? WHERE id = ?", l.status(), l.version(), json.text(l), l.id());
    }

    public void publish(Mutation m, Placement p, Line l, String action, String detail) throws SQLException {
        List<UUID> audience = new ArrayList<>(List.of(p.brokerId(), p.cedentId(), l.reinsurerId()));
        UUID exchange = dir.exchangeId(m.c());
        if (exchange != null) {
            audience.add(exchange);
        }
        placements.publishChild(m, ChangeFeed.EntityType.LINE, l.id(), p.id(), action, l, audience.stream().distinct().toList(), detail);
    }

    /** Moves a line through {@code domain}'s workflow, 409 ILLEGAL_TRANSITION when it refuses. */
    public static LineStatus move(LineStatus from, LineStatus to) {
        try {
            return LineStatus.valueOf(LineWorkflow.transition(io.redesk.domain.line.LineStatus.valueOf(from.name()),
                    io.redesk.domain.line.LineStatus.valueOf(to.name())).name());
        } catch (IllegalTransitionException e) {
            throw ApiProblem.conflict("ILLEGAL_TRANSITION", e.getMessage());
        }
    }
}
