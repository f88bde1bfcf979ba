package io.redesk.sdk.model.line;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Wire form of the {@code SubjectivityStatusRequest} schema of openapi.yaml; required: {@code
 * status}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record SubjectivityStatusRequest(
        SubjectivityStatus status) {
}
