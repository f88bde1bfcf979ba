package io.redesk.sdk.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * RFC 9457 problem details with a stable {@code code}. Wire form of the {@code Problem} schema of
 * openapi.yaml; required: {@code type}, {@code title}, {@code status}, {@code code}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Problem(
        String type,
        String title,
        long status,
        String detail,
        String instance,
        String code,
        String field,
        Long currentVersion,
        String requestId) {
}
