package io.redesk.app.desk.finance;

import io.redesk.domain.account.CashCallStatus;
import io.redesk.domain.money.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A cash call on a claim at 100% (ADR 0440), as the exchange lets the user see it: the placing side sees every
 * participant's share, a participant only its own.
 *
 * @param id                 the exchange's id
 * @param claimId            the claim
 * @param reference          the broker's reference of the call, or null
 * @param amount             the loss called at 100%
 * @param dueDate            when the shares are due
 * @param status             CALLED, PARTLY_PAID or PAID (the exchange's, from every share)
 * @param shares             the participants' shares the user may see
 * @param technicalAccountId the account whose cash-loss item accounted the call, or null while not accounted
 * @param itemIndex          that item's position in the account's items, or -1 while not accounted
 * @param createdAt          when it was called (for a queued call: when the user made it)
 * @param sync               {@link SyncMark#SYNCED} for the exchange's call; a call the user requested that is still on its
 *                           way has a temporary id and no shares yet; a queued payment of the user's share marks the call too
 */
public record CashCallView(UUID id, UUID claimId, String reference, Money amount, LocalDate dueDate, CashCallStatus status,
                           List<Share> shares, UUID technicalAccountId, int itemIndex, Instant createdAt, SyncMark sync) {

    public CashCallView {
        shares = List.copyOf(shares);
        java.util.Objects.requireNonNull(sync, "sync");
    }

    /** The part of the visible shares paid so far. */
    public Money paid() {
        Money sum = Money.zero(amount.currency());
        for (Share s : shares) {
            if (s.paid()) {
                sum = sum.plus(s.amount());
            }
        }
        return sum;
    }

    /** The visible shares still to pay (the residue of what the user sees of the call). */
    public Money residue() {
        Money sum = Money.zero(amount.currency());
        for (Share s : shares) {
            if (!s.paid()) {
                sum = sum.plus(s.amount());
            }
        }
        return sum;
    }

    /** Whether a technical account's cash-loss item carries the call. */
    public boolean accounted() {
        return technicalAccountId != null;
    }

    /**
     * One participant's share of the call.
     *
     * @param participantId the reinsurer or pool
     * @param signedShare   its signed line in percent of the whole (20.0000 = 20%), as the exchange states it
     * @param amount        its part of the call (the order's part split over the signed lines)
     * @param paid          whether it has paid its share
     * @param bankReference the payment's bank reference, or null while unpaid
     * @param paidAt        when it paid, or null while unpaid
     */
    public record Share(UUID participantId, BigDecimal signedShare, Money amount, boolean paid, String bankReference,
                        Instant paidAt) {
    }
}
