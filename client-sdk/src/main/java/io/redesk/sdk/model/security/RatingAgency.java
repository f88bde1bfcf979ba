package io.redesk.sdk.model.security;

/**
 * Wire values of {@code RatingAgency} in openapi.yaml.
 */
public enum RatingAgency {
    SP,
    AM_BEST,
    FITCH,
    MOODYS,
    EXCHANGE
}
