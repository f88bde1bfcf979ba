package io.redesk.sdk.model.account;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.redesk.sdk.model.Money;
import java.time.Instant;
import java.util.UUID;

/**
 * One participant's share of a cash call. Wire form of the {@code CashCallShare} schema of openapi.yaml; required: {@code participantId}, {@code signedShare}, {@code amount}, {@code paid}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record CashCallShare(
        UUID participantId,
        String signedShare,
        Money amount,
        boolean paid,
        String bankReference,
        Instant paidAt) {
}
