package io.redesk.exchange.quote;

import io.redesk.domain.quote.QuoteWorkflow;
import io.redesk.domain.workflow.IllegalTransitionException;
import io.redesk.exchange.db.Sql;
import io.redesk.exchange.feed.ChangeFeed;
import io.redesk.exchange.http.ApiProblem;
import io.redesk.exchange.http.Json;
import io.redesk.exchange.http.Mutation;
import io.redesk.exchange.placement.PlacementStore;
import io.redesk.sdk.model.placement.Placement;
import io.redesk.sdk.model.quote.Quote;
import io.redesk.sdk.model.quote.QuoteStatus;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Quotes as stored, their visibility (only the placing broker/cedent and the quoting reinsurer: never
 * the exchange, never a competitor) and their publication to exactly that audience.
 */
public final class QuoteStore {
    static final Set<QuoteStatus> OPEN = EnumSet.of(QuoteStatus.REQUESTED, QuoteStatus.PREPARING, QuoteStatus.QUOTED);

    private final Json json;
    private final PlacementStore placements;

    public QuoteStore(Json json, PlacementStore placements) {
        this.json = json;
        this.placements = placements;
    }

    public Optional<Quote> find(Connection c, UUID id) throws SQLException {
        return Sql.one(c, "SELECT doc FROM quotes WHERE id = ?", rs -> json.parse(rs.getString(1), Quote.class), id);
    }

    public List<Quote> forPlacement(Connection c, UUID placementId) throws SQLException {
        return Sql.list(c, "SELECT doc FROM quotes WHERE placement_id = ? ORDER BY seq", rs -> json.parse(rs.getString(1), Quote.class), placementId);
    }

    public static boolean maysee(UUID orgId, Placement p, Quote q) {
        return orgId.equals(p.brokerId()) || orgId.equals(p.cedentId()) || orgId.equals(q.reinsurerId());
    }

    public void insert(Connection c, Quote q) throws SQLException {
        long seq = Sql.nextValue(c, "quote");
        Sql.update(c, "INSERT INTO quotes(id, placement_id, reinsurer_id, status, version, seq, doc) VALUES (?,?,?,?,?,?,?)",
                q.id(), q.placementId(), q.reinsurerId(), q.status(), q.version(), seq, json.text(q));
    }

    public void update(Connection c, Quote q) throws SQLException {
        Sql.update(c, "UPDATE quotes SET status = ?, version = ?, doc = ? WHERE id = ?", q.status(), q.version(), json.text(q), q.id());
    }

    public void publish(Mutation m, Placement p, Quote q, String action, String detail) throws SQLException {
        placements.publishChild(m, ChangeFeed.EntityType.QUOTE, q.id(), p.id(), action, q,
                List.of(p.brokerId(), p.cedentId(), q.reinsurerId()).stream().distinct().toList(), detail);
    }

    /** Moves a quote through {@code domain}'s workflow, 409 ILLEGAL_TRANSITION when it refuses. */
    public static QuoteStatus move(QuoteStatus from, QuoteStatus to) {
        try {
            return QuoteStatus.valueOf(QuoteWorkflow.transition(io.redesk.domain.quote.QuoteStatus.valueOf(from.name()),
                    io.redesk.domain.quote.QuoteStatus.valueOf(to.name())).name());
        } catch (IllegalTransitionException e) {
            throw ApiProblem.conflict("ILLEGAL_TRANSITION", e.getMessage());
        }
    }

    public static Quote withStatus(Quote q, QuoteStatus s, String declineReason) {
        return new Quote(q.id(), q.placementId(), q.inquiryId(), q.reinsurerId(), s, q.premium(), q.rate(), q.capacity(), q.conditions(),
                q.subjectivities(), q.validUntil(), declineReason == null ? q.declineReason() : declineReason, q.securityOverrideReason(),
                q.requestedAt(), q.quotedAt(), q.version() + 1);
    }

    /** Every open quote of the placement but {@code except} becomes NOT_TAKEN_UP. */
    public void closeOpen(Mutation m, Placement p, UUID except) throws SQLException {
        for (Quote q : forPlacement(m.c(), p.id())) {
            if (OPEN.contains(q.status()) && !q.id().equals(except)) {
                Quote closed = withStatus(q, move(q.status(), QuoteStatus.NOT_TAKEN_UP), null);
                update(m.c(), closed);
                publish(m, p, closed, "QUOTE_NOT_TAKEN_UP", null);
            }
        }
    }
}
