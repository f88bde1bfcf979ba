package io.redesk.exchange.placement;

/**
 * How an organisation relates to a placement, which decides what it sees (DESIGN.md §3).
 */
public enum PlacementAccess {
    /** Outside the placement: it does not exist for them (404). */
    NONE,
    /** The placing broker or the cedent: sees everything on the placement. */
    PLACING,
    /** The exchange operator: sees the placement and its lines, never the quotes. */
    EXCHANGE,
    /** A reinsurer invited to follow (or the lead): sees the lead terms, its own quote and lines. */
    FOLLOWER,
    /** A reinsurer asked to quote only: sees the placement without the lead terms, and its own quote. */
    INQUIRY;

    public boolean sees() {
        return this != NONE;
    }
}
