package io.redesk.domain.account;

/** One participant's answer to an issued technical account. */
public enum ParticipantResponse {
    PENDING,
    AGREED,
    QUERIED
}
