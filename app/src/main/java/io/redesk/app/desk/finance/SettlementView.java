package io.redesk.app.desk.finance;

import io.redesk.domain.money.FxRate;
import io.redesk.domain.money.Money;
import io.redesk.sdk.model.account.SettlementStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A settlement of a net position between two parties.
 *
 * @param id                the exchange's id (temporary while an instruction made offline is unsent)
 * @param payerId           who pays
 * @param payeeId           who receives
 * @param counterpartyId    the other party from the user's side
 * @param userPays          whether the user's organisation is the payer
 * @param net               the netted amount in the accounts' currency
 * @param due               what is due in the settlement currency (converted with {@code fxRate} when one is given)
 * @param fxRate            rate with its source and date, or null when not converted
 * @param crossBorderRmb    the cross-border RMB flag (跨境人民币) as the exchange accepted it
 * @param crossBorderVerdict the exchange's verdict on the flag: null when accepted or not asked; the refusal's
 *                          reason when the user's instruction was refused for it ({@link SyncMark#reason()})
 * @param status            instructed, partly paid, paid, confirmed
 * @param accountIds        the technical accounts settled
 * @param payments          payments recorded, in order
 * @param paid              sum of the payments
 * @param residue           due − paid (what is left)
 * @param confirmedBankReference the payee's confirmation reference, or null
 * @param createdAt         instructed at
 * @param dueDate           the latest due date of its accounts ({@link FinanceBook#dueDate})
 * @param overdue           not confirmed and past the due date
 * @param sync              the user's own changes to it on their way
 */
public record SettlementView(UUID id, UUID payerId, UUID payeeId, UUID counterpartyId, boolean userPays, Money net,
                             Money due, FxRate fxRate, boolean crossBorderRmb, String crossBorderVerdict,
                             SettlementStatus status, List<UUID> accountIds, List<Payment> payments, Money paid,
                             Money residue, String confirmedBankReference, Instant createdAt, LocalDate dueDate,
                             boolean overdue, SyncMark sync) {

    public SettlementView {
        accountIds = List.copyOf(accountIds);
        payments = List.copyOf(payments);
    }

    /** One (possibly partial) payment. */
    public record Payment(Money amount, String bankReference, LocalDate valueDate) {
    }
}
