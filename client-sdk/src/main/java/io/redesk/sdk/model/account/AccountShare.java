package io.redesk.sdk.model.account;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.redesk.sdk.model.Money;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One participant's part of the balance. Wire form of the {@code AccountShare} schema of openapi.yaml; required: {@code participantId}, {@code signedShare}, {@code amount}, {@code response}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record AccountShare(
        UUID participantId,
        String signedShare,
        Money amount,
        ParticipantResponse response,
        String queryReason,
        Instant respondedAt,
        UUID settlementId,
        List<PoolMemberAmount> poolMembers) {
    /** Copies lists so instances stay immutable. */
    public AccountShare {
        poolMembers = poolMembers == null ? null : List.copyOf(poolMembers);
    }
}
