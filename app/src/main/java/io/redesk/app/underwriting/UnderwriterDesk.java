package io.redesk.app.underwriting;

import io.redesk.sdk.ExchangeClient;
import io.redesk.sdk.model.line.Line;
import io.redesk.sdk.model.line.LineWriteRequest;
import io.redesk.sdk.model.placement.Placement;
import io.redesk.sdk.model.quote.Quote;
import io.redesk.sdk.model.quote.QuoteTermsRequest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The underwriter's calls to the exchange: the inbox (every placement the exchange shows this
 * reinsurer, with its own quote and line), one placement's file, quoting, declining and writing a line.
 * Blocking: run on the task executor. What the exchange does not return (competitors' quotes, other
 * followers' conditions) is never fetched or guessed; the views mark it as masked.
 */
public final class UnderwriterDesk {

    private final ExchangeClient client;
    private final UUID myOrganisation;

    /** A desk for the reinsurer (or pool) {@code myOrganisation}, through {@code client}. */
    public UnderwriterDesk(ExchangeClient client, UUID myOrganisation) {
        this.client = Objects.requireNonNull(client, "client");
        this.myOrganisation = Objects.requireNonNull(myOrganisation, "myOrganisation");
    }

    /** The inbox, most urgent first, then newest. */
    public List<InboxEntry> inbox() {
        Map<UUID, Quote> quotes = new HashMap<>();
        // one request for all my quotes; the newest quote per placement wins (a placement can be re-inquired)
        client.quotes().listAll(null).filter(q -> myOrganisation.equals(q.reinsurerId()))
                .sorted(Comparator.comparing(q -> q.requestedAt() == null ? java.time.Instant.EPOCH : q.requestedAt()))
                .forEach(q -> quotes.put(q.placementId(), q));
        List<InboxEntry> entries = new ArrayList<>();
        client.placements().listAll(null).forEach(p -> entries.add(entry(p, Optional.ofNullable(quotes.get(p.id())))));
        entries.sort(Comparator.comparing(InboxEntry::action)
                .thenComparing(e -> e.placement().updatedAt(), Comparator.nullsLast(Comparator.reverseOrder())));
        return entries;
    }

    private InboxEntry entry(Placement p, Optional<Quote> quote) {
        Optional<Line> line = Optional.empty();
        if (p.firmOrder() != null) {
            line = myLine(p.id());
        }
        return new InboxEntry(p, quote, line, InboxRules.actionFor(p, quote, line));
    }

    private Optional<Line> myLine(UUID placementId) {
        return client.lines().listAll(placementId).filter(l -> myOrganisation.equals(l.reinsurerId()))
                .reduce((a, b) -> b.writtenAt() != null && a.writtenAt() != null && b.writtenAt().isBefore(a.writtenAt()) ? a : b);
    }

    /** The current state of one placement, with my quote and line. */
    public InboxEntry open(UUID placementId) {
        Placement p = client.placements().get(placementId);
        Optional<Quote> quote = client.quotes().allForPlacement(placementId)
                .filter(q -> myOrganisation.equals(q.reinsurerId()))
                .max(Comparator.comparing(q -> q.requestedAt() == null ? java.time.Instant.EPOCH : q.requestedAt()));
        return entry(p, quote);
    }

    /** Sends a quote on {@code quote} (at its current version). */
    public Quote submitQuote(Quote quote, QuoteTermsRequest terms) {
        return client.quotes().submit(quote.id(), terms, quote.version());
    }

    /** Declines {@code quote} with a reason the broker sees. */
    public Quote decline(Quote quote, String reason) {
        return client.quotes().decline(quote.id(), reason, quote.version());
    }

    /** Writes this reinsurer's line on {@code placementId}. */
    public Line writeLine(UUID placementId, LineWriteRequest request) {
        return client.lines().write(placementId, request);
    }
}
