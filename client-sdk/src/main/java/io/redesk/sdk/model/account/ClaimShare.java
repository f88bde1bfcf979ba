package io.redesk.sdk.model.account;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.redesk.sdk.model.Money;
import java.util.UUID;

/**
 * One participant's part of a claim amount. Wire form of the {@code ClaimShare} schema of openapi.yaml; required: {@code participantId}, {@code signedShare}, {@code amount}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ClaimShare(
        UUID participantId,
        String signedShare,
        Money amount) {
}
