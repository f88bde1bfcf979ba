package io.redesk.exchange.quote;

import io.redesk.exchange.auth.Caller;
import io.redesk.exchange.db.Counters;
import io.redesk.exchange.feed.ChangeFeed;
import io.redesk.exchange.http.Json;
import io.redesk.exchange.http.Mutation;
import io.redesk.exchange.placement.PlacementStore;
import io.redesk.exchange.placement.Visibility;
import io.redesk.sdk.model.placement.Placement;
import io.redesk.sdk.model.quote.Quote;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/**
 * Quotes as stored and their publication to exactly their audience ({@link Visibility#quote}: the placing
 * broker and cedent and the quoting reinsurer; never the exchange, never a competitor).
 */
public final class QuoteStore {
    /** {@link Visibility#quote} as an SQL condition over {@code q} (quotes) joined with {@code p} (its placement). */
    static final String LISTED = "(q.reinsurer_id = :org OR p.broker_id = :org OR p.cedent_id = :org)";

    private final Json json;
    private final PlacementStore placements;

    public QuoteStore(Json json, PlacementStore placements, java.time.Clock clock) {
        this.json = json;
        this.placements = placements;
        this.clock = clock;
    }

    private final java.time.Clock clock;

    /** A stored quote as it stands now (a lapsed one reads EXPIRED, {@link QuoteSteps#asOf}). */
    private Quote read(String doc) {
        return QuoteSteps.asOf(json.parse(doc, Quote.class), clock.instant());
    }

    public Optional<Quote> find(Handle h, UUID id) {
        return h.select("SELECT doc FROM quotes WHERE id = ?", id).mapTo(String.class).findOne().map(this::read);
    }

    /** The quote, when the caller may see it. */
    public Optional<Quote> visible(Handle h, Caller caller, UUID id) {
        return find(h, id).filter(q -> Visibility.quote(caller, placements.find(h, q.placementId()).orElseThrow(), q));
    }

    public List<Quote> forPlacement(Handle h, UUID placementId) {
        return h.select("SELECT doc FROM quotes WHERE placement_id = ? ORDER BY seq", placementId).mapTo(String.class)
                .map(this::read).list();
    }

    /** A quote with its list position. */
    public record Listed(Quote quote, long seq) {
    }

    /**
     * Up to {@code limit} quotes of a placement the caller sees, after position {@code after}: all of them
     * for the placing side, otherwise the caller's own.
     */
    public List<Listed> ofPlacement(Handle h, Caller caller, Placement p, long after, int limit) {
        boolean placing = caller.organisationId().equals(p.brokerId()) || caller.organisationId().equals(p.cedentId());
        var q = h.createQuery("SELECT doc, seq FROM quotes WHERE placement_id = :placement AND seq > :after "
                        + (placing ? "" : "AND reinsurer_id = :org ") + "ORDER BY seq LIMIT :limit")
                .bind("placement", p.id()).bind("after", after).bind("limit", limit);
        if (!placing) {
            q.bind("org", caller.organisationId());
        }
        return q.map((rs, ctx) -> new Listed(read(rs.getString(1)), rs.getLong(2))).list();
    }

    /** Up to {@code limit} quotes the caller sees on any placement, after position {@code after}, optionally in one status. */
    public List<Listed> ofCaller(Handle h, Caller caller, String status, long after, int limit) {
        var q = h.createQuery("SELECT q.doc, q.seq FROM quotes q JOIN placements p ON p.id = q.placement_id WHERE q.seq > :after "
                        + (status == null ? "" : "AND q.status = :status ") + "AND " + LISTED + " ORDER BY q.seq LIMIT :limit")
                .bind("after", after).bind("org", caller.organisationId()).bind("limit", limit);
        if (status != null) {
            q.bind("status", status);
        }
        return q.map((rs, ctx) -> new Listed(read(rs.getString(1)), rs.getLong(2))).list();
    }

    public void insert(Handle h, Quote q) {
        long seq = Counters.next(h, "quote");
        h.execute("INSERT INTO quotes(id, placement_id, reinsurer_id, status, version, seq, doc) VALUES (?,?,?,?,?,?,?)",
                q.id(), q.placementId(), q.reinsurerId(), q.status(), q.version(), seq, json.text(q));
    }

    public void update(Handle h, Quote q) {
        h.execute("UPDATE quotes SET status = ?, version = ?, doc = ? WHERE id = ?", q.status(), q.version(), json.text(q), q.id());
    }

    public void publish(Mutation m, Placement p, Quote q, String action, String detail) {
        placements.publishChild(m, ChangeFeed.EntityType.QUOTE, q.id(), p.id(), action, q,
                List.of(p.brokerId(), p.cedentId(), q.reinsurerId()).stream().distinct().toList(), detail);
    }
}
