package io.redesk.app.desk.finance;

import io.redesk.domain.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A claim with its payments; each payment names the technical account whose claims-paid or cash-loss
 * item carries it (the link both ways: {@link FinanceBook#claimsOf(UUID)} goes from the account).
 *
 * @param id          the exchange's id
 * @param placementId the contract
 * @param contractReference the contract's UMR when the vault holds the placement, else null
 * @param ucr         unique claim reference
 * @param lossDate    date of loss
 * @param cause       cause of loss
 * @param description the advice's text
 * @param reserve     the current reserve
 * @param payments    payment requests in order
 * @param paidTotal   sum of the payments
 * @param createdAt   advised at
 * @param sync        the user's own changes to it on their way
 * @param placingBroker whether the user's organisation is the contract's placing broker (it advises, moves the reserve,
 *                    calls cash, requests payments and registers; ADR 0440)
 */
public record ClaimView(UUID id, UUID placementId, String contractReference, String ucr, LocalDate lossDate, String cause,
                        String description, Money reserve, List<Payment> payments, Money paidTotal, Instant createdAt,
                        SyncMark sync, boolean placingBroker) {

    public ClaimView {
        payments = List.copyOf(payments);
    }

    /**
     * One payment of a claim.
     *
     * @param technicalAccountId the account holding the matching item
     * @param itemIndex          the position of the matching item in that account's items as the exchange linked it
     *                           ({@code itemIndex}), or -1 when not known (a payment recorded before the exchange kept it)
     * @param amount             the payment
     * @param requestedAt        when it was requested
     * @param cashCallId         the cash call the payment accounts for, or null
     * @param accountHeld        whether the vault holds that account (so the link can be followed)
     */
    public record Payment(UUID technicalAccountId, int itemIndex, Money amount, Instant requestedAt, UUID cashCallId,
                          boolean accountHeld) {
    }
}
