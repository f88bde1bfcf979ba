package io.redesk.domain.slip;

/** What written lines are percentages of. */
public enum WrittenLineBasis {
    /** Lines are % of the order hereon (the market default). */
    PERCENTAGE_OF_ORDER,
    /** Lines are % of the whole risk (100%). */
    PERCENTAGE_OF_WHOLE
}
