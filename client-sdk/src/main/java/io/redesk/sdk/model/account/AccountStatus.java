package io.redesk.sdk.model.account;

/**
 * Wire values of {@code AccountStatus} in openapi.yaml.
 */
public enum AccountStatus {
    DRAFT,
    ISSUED,
    AGREED,
    QUERIED,
    SETTLED,
    SUPERSEDED
}
