package io.redesk.app.desk.finance;

import io.redesk.domain.money.Money;
import io.redesk.sdk.model.account.ParticipantResponse;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One participant's part of an account's balance, as the exchange lets the user see it (a reinsurer
 * sees only its own share; the cedent and the broker see all).
 *
 * @param participantId the reinsurer or pool
 * @param signedShare   its signed line in percent of the whole (20.0000 = 20%), as the exchange states it
 * @param amount        its part of the balance (the exchange's split, largest remainder at the minor unit)
 * @param exactQuota    the unrounded quota (balance × line, the domain's {@code BalanceSplit.exactQuota}), for the "why this cent" explanation
 * @param response      pending, agreed or queried (with the user's queued answer applied)
 * @param queryReason   the reason of a query, or null
 * @param respondedAt   when it answered, or null
 * @param settlementId  the settlement that includes this share, or null
 * @param poolMembers   a pool's members' parts (empty otherwise)
 */
public record ParticipantShare(UUID participantId, BigDecimal signedShare, Money amount, BigDecimal exactQuota,
                               ParticipantResponse response, String queryReason, Instant respondedAt, UUID settlementId,
                               List<PoolMemberPart> poolMembers) {

    public ParticipantShare {
        poolMembers = poolMembers == null ? List.of() : List.copyOf(poolMembers);
    }

    /** A pool member's part of the pool's share. */
    public record PoolMemberPart(UUID organisationId, BigDecimal share, Money amount) {
    }
}
