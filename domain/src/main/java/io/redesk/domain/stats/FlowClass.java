package io.redesk.domain.stats;

/** How a premium flow through the exchange counts in cross-border statistics. */
public enum FlowClass {
    /** Overseas cedent → domestic reinsurer, and the first time this business enters: counted as inward. */
    INWARD,
    /**
     * Overseas → domestic again for business already counted inward (it went out and came back):
     * not counted a second time.
     */
    INWARD_ALREADY_COUNTED,
    /** Domestic → domestic (e.g. retrocession between domestic reinsurers): not new inward premium. */
    DOMESTIC,
    /** Domestic → overseas: outward, reported separately. */
    OUTWARD,
    /** Overseas → overseas through the exchange (offshore business). */
    OFFSHORE,
    /** Not transacted through the exchange: outside the exchange's statistics. */
    NOT_THROUGH_EXCHANGE
}
