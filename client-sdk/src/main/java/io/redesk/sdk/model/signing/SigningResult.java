package io.redesk.sdk.model.signing;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Wire form of the {@code SigningResult} schema of openapi.yaml; required: {@code placementId},
 * {@code orderShare}, {@code totalWritten}, {@code factor}, {@code outcome}, {@code lines}, {@code
 * closed}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record SigningResult(
        UUID placementId,
        String orderShare,
        String totalWritten,
        String factor,
        SigningOutcome outcome,
        List<SignedLine> lines,
        boolean closed,
        Instant closedAt) {
    /** Copies lists so instances stay immutable. */
    public SigningResult {
        lines = lines == null ? null : List.copyOf(lines);
    }
}
