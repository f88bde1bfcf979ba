package io.redesk.sdk.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Wire form of the {@code Health} schema of openapi.yaml; required: {@code status}, {@code
 * version}; {@code client} (the newest desktop client announced) is optional.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Health(
        String status,
        String version,
        ClientRelease client) {

    /** A health answer announcing no client release. */
    public Health(String status, String version) {
        this(status, version, null);
    }
}
