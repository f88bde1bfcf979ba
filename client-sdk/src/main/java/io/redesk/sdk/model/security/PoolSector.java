package io.redesk.sdk.model.security;

/**
 * Wire values of {@code PoolSector} in openapi.yaml.
 */
public enum PoolSector {
    OUTBOUND_ENTERPRISES,
    AVIATION_AEROSPACE,
    GREEN_SHIPPING,
    INTEGRATED_CIRCUITS
}
