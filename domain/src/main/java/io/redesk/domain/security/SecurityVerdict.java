package io.redesk.domain.security;

/** The outcome of checking a reinsurer against a security policy. */
public enum SecurityVerdict {
    /** Rated at or above the policy's minimum by every recognised agency that rates it. */
    ACCEPTABLE,
    /** At least one recognised rating is below the minimum: flagged, an override is needed. */
    BELOW_MINIMUM,
    /** No rating from a recognised agency: flagged, an override is needed. */
    UNRATED
}
