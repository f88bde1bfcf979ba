package io.redesk.domain.slip;

/**
 * How complete a slip must be. Each stage includes the checks of the one before.
 */
public enum SlipStage {
    /** A draft: only what is filled in is checked (format, ranges, consistency); it can always be saved. */
    DRAFT,
    /** Submitted to the market: risk details, fiscal/regulatory and remuneration complete. */
    SUBMISSION,
    /** A firm order: order hereon, basis of written lines, slip leader and claims agreement set. */
    FIRM_ORDER
}
