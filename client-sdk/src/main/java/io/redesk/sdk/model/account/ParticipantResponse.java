package io.redesk.sdk.model.account;

/**
 * Wire values of {@code ParticipantResponse} in openapi.yaml.
 */
public enum ParticipantResponse {
    PENDING,
    AGREED,
    QUERIED
}
