package io.redesk.sdk.model.party;

/**
 * Wire values of {@code Role} in openapi.yaml.
 */
public enum Role {
    BROKER,
    UNDERWRITER,
    FINANCE,
    ADMIN
}
