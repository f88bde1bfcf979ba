package io.redesk.sdk.model.line;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.LocalDate;

/**
 * Wire form of the {@code SubjectivityRequest} schema of openapi.yaml; required: {@code text}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record SubjectivityRequest(
        String text,
        LocalDate deadline) {
}
