package io.redesk.app.desk.finance;

import io.redesk.domain.money.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One movement of a claim's outstanding loss reserve at 100% (ADR 0440), as the exchange lets the user see it:
 * the placing side sees every participant's part of the change, a participant only its own.
 *
 * @param id            the exchange's id
 * @param claimId       the claim
 * @param sequence      1, 2, … per claim (a later movement corrects an earlier one; none is edited)
 * @param effectiveDate the date the new reserve applies from
 * @param previous      the reserve before
 * @param outstanding   the new reserve
 * @param change        outstanding − previous (negative when the reserve comes down)
 * @param reason        why it moved
 * @param shares        the participants' parts of the change the user may see
 * @param createdAt     when the exchange recorded it (for a queued movement: when the user made it)
 * @param sync          {@link SyncMark#SYNCED} for the exchange's movement; a movement the user made that is still on
 *                      its way (queued, refused or in conflict) has a temporary id, the next sequence and no shares yet
 */
public record ReserveMovementView(UUID id, UUID claimId, int sequence, LocalDate effectiveDate, Money previous,
                                  Money outstanding, Money change, String reason, List<Share> shares, Instant createdAt, SyncMark sync) {

    public ReserveMovementView {
        shares = List.copyOf(shares);
        java.util.Objects.requireNonNull(sync, "sync");
    }

    /** Whether the reserve goes up (a strengthening) rather than down (a release). */
    public boolean up() {
        return change.isPositive();
    }

    /**
     * One participant's part of the change.
     *
     * @param participantId the reinsurer or pool
     * @param signedShare   its signed line in percent of the whole (20.0000 = 20%), as the exchange states it
     * @param amount        its part of the change
     */
    public record Share(UUID participantId, BigDecimal signedShare, Money amount) {
    }
}
