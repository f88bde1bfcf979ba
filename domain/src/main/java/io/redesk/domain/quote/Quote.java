package io.redesk.domain.quote;

import io.redesk.domain.validation.ValidationException;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One reinsurer's quote on a placement. Immutable: each step returns the quote in its new status,
 * moved by {@link QuoteWorkflow}.
 *
 * @param terms null until quoted
 */
public record Quote(String quoteId, String placementId, String reinsurerId, QuoteStatus status, QuoteTerms terms) {

    public Quote {
        Objects.requireNonNull(quoteId, "quoteId");
        Objects.requireNonNull(placementId, "placementId");
        Objects.requireNonNull(reinsurerId, "reinsurerId");
        Objects.requireNonNull(status, "status");
    }

    /** A new request to a reinsurer. */
    public static Quote requested(String quoteId, String placementId, String reinsurerId) {
        return new Quote(quoteId, placementId, reinsurerId, QuoteStatus.REQUESTED, null);
    }

    public Quote to(QuoteStatus next) {
        return new Quote(quoteId, placementId, reinsurerId, QuoteWorkflow.transition(status, next), terms);
    }

    /** Sends the terms; they must be complete ({@link QuoteTerms#validate()}). */
    public Quote quote(QuoteTerms newTerms) {
        Objects.requireNonNull(newTerms, "newTerms");
        ValidationException.throwIfAny(newTerms.validate());
        return new Quote(quoteId, placementId, reinsurerId, QuoteWorkflow.transition(status, QuoteStatus.QUOTED), newTerms);
    }

    /** Whether the quote is quoted and still within its validity on {@code today}. */
    public boolean isAcceptableOn(LocalDate today) {
        return status == QuoteStatus.QUOTED && terms != null && !today.isAfter(terms.validUntil());
    }
}
