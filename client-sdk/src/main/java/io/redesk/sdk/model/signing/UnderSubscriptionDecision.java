package io.redesk.sdk.model.signing;

/**
 * Wire values of {@code UnderSubscriptionDecision} in openapi.yaml.
 */
public enum UnderSubscriptionDecision {
    REDUCE_ORDER
}
