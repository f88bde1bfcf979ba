package io.redesk.sdk.model.party;

/**
 * Wire values of {@code OrgType} in openapi.yaml.
 */
public enum OrgType {
    CEDENT,
    BROKER,
    REINSURER,
    POOL,
    EXCHANGE
}
