package io.redesk.sdk.model.line;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * Wire form of the {@code LineWriteRequest} schema of openapi.yaml; required: {@code
 * writtenShare}, {@code toStand}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record LineWriteRequest(
        String writtenShare,
        boolean toStand,
        String conditions,
        String underwriterReference,
        List<SubjectivityRequest> subjectivities) {
    /** Copies lists so instances stay immutable. */
    public LineWriteRequest {
        subjectivities = subjectivities == null ? null : List.copyOf(subjectivities);
    }
}
