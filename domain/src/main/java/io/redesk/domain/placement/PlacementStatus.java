package io.redesk.domain.placement;

/**
 * Where a placement stands in its life (DESIGN §2, placement workflow). The main path is
 * DRAFT → SUBMITTED → INQUIRY → FIRM_ORDER → SUBSCRIBING → SIGNED → BOUND → REGISTERED; the side exits
 * are NOT_TAKEN_UP, CANCELLED and EXPIRED. Legal moves are in {@link PlacementWorkflow}.
 */
public enum PlacementStatus {
    /** Being drafted, locally and possibly offline; nothing has left the machine. */
    DRAFT,
    /** Sent to the exchange. */
    SUBMITTED,
    /** Quote requests are out to reinsurers. */
    INQUIRY,
    /** One quote accepted: its terms are fixed and the order % is set. */
    FIRM_ORDER,
    /** Lines are being written against the firm order. */
    SUBSCRIBING,
    /** Closed: the signed lines are fixed. */
    SIGNED,
    /** The contract is bound. */
    BOUND,
    /** Registered with the exchange (registration number received). */
    REGISTERED,
    /** The cedent did not proceed. */
    NOT_TAKEN_UP,
    /** Withdrawn by the broker or cedent before binding. */
    CANCELLED,
    /** Inception or the order's validity passed before it could be signed. */
    EXPIRED;

    /**
     * Whether the slip may still get a new version in this state: until a quote is taken into a firm
     * order (then its terms are fixed; a bound contract changes only by endorsement).
     */
    public boolean slipEditable() {
        return this == DRAFT || this == SUBMITTED || this == INQUIRY;
    }
}
