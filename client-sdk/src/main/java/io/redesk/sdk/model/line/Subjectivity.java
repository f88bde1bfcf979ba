package io.redesk.sdk.model.line;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Wire form of the {@code Subjectivity} schema of openapi.yaml; required: {@code id}, {@code
 * text}, {@code status}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Subjectivity(
        UUID id,
        String text,
        LocalDate deadline,
        SubjectivityStatus status) {
}
