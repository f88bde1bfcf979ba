package io.redesk.domain.quote;

/**
 * The life of one reinsurer's quote on a placement (DESIGN §2): REQUESTED → PREPARING → QUOTED or
 * DECLINED; a quoted one is ACCEPTED, or NOT_TAKEN_UP when another quote is accepted, or EXPIRED past
 * its validity date. Legal moves are in {@link QuoteWorkflow}.
 */
public enum QuoteStatus {
    REQUESTED,
    PREPARING,
    /** Premium or rate, capacity offered %, conditions, subjectivities and validity date are set. */
    QUOTED,
    DECLINED,
    ACCEPTED,
    /** Another quote on the same placement was accepted (or the placement ended). */
    NOT_TAKEN_UP,
    /** Not accepted before its validity date. */
    EXPIRED
}
