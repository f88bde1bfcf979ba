package io.redesk.sdk.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Wire form of the {@code ClientRelease} schema of openapi.yaml: the newest desktop client the exchange
 * announces, and where to download it; required: both.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ClientRelease(
        String latestVersion,
        String downloadUrl) {
}
