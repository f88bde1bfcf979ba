package io.redesk.sdk.model.line;

/**
 * Wire values of {@code LineStatus} in openapi.yaml.
 */
public enum LineStatus {
    WRITTEN,
    AMENDED,
    WITHDRAWN,
    SIGNED
}
