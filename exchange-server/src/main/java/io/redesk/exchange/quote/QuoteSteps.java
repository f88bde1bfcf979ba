package io.redesk.exchange.quote;

import io.redesk.domain.quote.QuoteWorkflow;
import io.redesk.domain.workflow.IllegalTransitionException;
import io.redesk.exchange.http.ApiProblem;
import io.redesk.exchange.http.Mutation;
import io.redesk.sdk.model.placement.Placement;
import io.redesk.sdk.model.quote.Quote;
import io.redesk.sdk.model.quote.QuoteStatus;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/** Quote state changes through {@code domain}'s {@link QuoteWorkflow}, shared by the quote and placement routes. */
public final class QuoteSteps {
    static final Set<QuoteStatus> OPEN = EnumSet.of(QuoteStatus.REQUESTED, QuoteStatus.PREPARING, QuoteStatus.QUOTED);

    private final QuoteStore quotes;

    public QuoteSteps(QuoteStore quotes) {
        this.quotes = quotes;
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
                q.requestedAt(), q.quotedAt(), q.version() + 1, q.quoteDeadline(), q.inquiryMessage());
    }

    /** True when a reinsurer's quote stands on the placement (QUOTED): its priced terms are then fixed. */
    public boolean anyQuoted(org.jdbi.v3.core.Handle h, UUID placementId) {
        return quotes.forPlacement(h, placementId).stream().anyMatch(q -> q.status() == QuoteStatus.QUOTED);
    }

    /**
     * The quote as it stands at {@code now}: a QUOTED quote past its validity reads as EXPIRED
     * ({@code domain}'s {@link io.redesk.domain.quote.QuoteTimes#lapsed}), whether or not it was stored so.
     */
    public static Quote asOf(Quote q, java.time.Instant now) {
        if (io.redesk.domain.quote.QuoteTimes.lapsed(io.redesk.domain.quote.QuoteStatus.valueOf(q.status().name()), q.validUntil(), now)) {
            return new Quote(q.id(), q.placementId(), q.inquiryId(), q.reinsurerId(), QuoteStatus.EXPIRED, q.premium(), q.rate(), q.capacity(),
                    q.conditions(), q.subjectivities(), q.validUntil(), q.declineReason(), q.securityOverrideReason(), q.requestedAt(),
                    q.quotedAt(), q.version(), q.quoteDeadline(), q.inquiryMessage());
        }
        return q;
    }

    /** Every open quote of the placement but {@code except} becomes NOT_TAKEN_UP. */
    public void closeOpen(Mutation m, Placement p, UUID except) {
        for (Quote q : quotes.forPlacement(m.h(), p.id())) {
            if (OPEN.contains(q.status()) && !q.id().equals(except)) {
                Quote closed = withStatus(q, move(q.status(), QuoteStatus.NOT_TAKEN_UP), null);
                quotes.update(m.h(), closed);
                quotes.publish(m, p, closed, "QUOTE_NOT_TAKEN_UP", null);
            }
        }
    }
}
