package io.redesk.domain.quote;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The quotes of one placement taken together: accepting one quote makes it ACCEPTED and every other
 * open quote NOT_TAKEN_UP; a quoted quote past its validity date becomes EXPIRED.
 */
public final class QuoteBoard {

    private QuoteBoard() {
    }

    /**
     * Accepts one quote of a placement.
     *
     * @return all the quotes in the same order with their new statuses
     * @throws IllegalArgumentException if the quote is not among them, or the quotes span placements
     * @throws IllegalStateException    if the quote is not quoted or its validity has passed
     */
    public static List<Quote> accept(List<Quote> quotes, String acceptedQuoteId, LocalDate today) {
        Objects.requireNonNull(quotes, "quotes");
        Objects.requireNonNull(acceptedQuoteId, "acceptedQuoteId");
        Objects.requireNonNull(today, "today");
        Quote chosen = quotes.stream().filter(q -> q.quoteId().equals(acceptedQuoteId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no quote " + acceptedQuoteId + " on this placement"));
        if (quotes.stream().anyMatch(q -> !q.placementId().equals(chosen.placementId()))) {
            throw new IllegalArgumentException("the quotes belong to more than one placement");
        }
        if (chosen.status() == QuoteStatus.QUOTED && !chosen.isAcceptableOn(today)) {
            throw new IllegalStateException("quote " + acceptedQuoteId + " was valid until "
                    + chosen.terms().validUntil() + " and cannot be accepted on " + today);
        }
        List<Quote> out = new ArrayList<>(quotes.size());
        for (Quote q : quotes) {
            if (q == chosen) {
                out.add(q.to(QuoteStatus.ACCEPTED));
            } else if (QuoteWorkflow.isOpen(q.status())) {
                out.add(q.to(QuoteStatus.NOT_TAKEN_UP));
            } else {
                out.add(q);
            }
        }
        return out;
    }

    /** The quote, EXPIRED if it is quoted and {@code today} is after its validity date. */
    public static Quote expireIfLapsed(Quote quote, LocalDate today) {
        Objects.requireNonNull(quote, "quote");
        if (quote.status() == QuoteStatus.QUOTED && quote.terms() != null && today.isAfter(quote.terms().validUntil())) {
            return quote.to(QuoteStatus.EXPIRED);
        }
        return quote;
    }
}
