package io.redesk.sdk.model.signing;

/**
 * Wire values of {@code SigningOutcome} in openapi.yaml.
 */
public enum SigningOutcome {
    FULLY_SUBSCRIBED,
    OVER_SUBSCRIBED,
    UNDER_SUBSCRIBED
}
