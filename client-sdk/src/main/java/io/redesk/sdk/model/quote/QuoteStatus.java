package io.redesk.sdk.model.quote;

/**
 * Wire values of {@code QuoteStatus} in openapi.yaml.
 */
public enum QuoteStatus {
    REQUESTED,
    PREPARING,
    QUOTED,
    DECLINED,
    ACCEPTED,
    NOT_TAKEN_UP,
    EXPIRED
}
