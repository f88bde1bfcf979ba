package io.redesk.sdk.model.line;

/**
 * Wire values of {@code SubjectivityStatus} in openapi.yaml.
 */
public enum SubjectivityStatus {
    OPEN,
    SATISFIED,
    WAIVED
}
