package io.redesk.app.desk.finance;

import io.redesk.domain.money.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The finance actions. Each checks its input and the domain's workflow first (a refusal is a
 * {@link FinanceInputException}, nothing saved), then writes its local effect and an outbox entry in one
 * vault transaction and returns at once: {@link FinanceBook} shows the effect immediately (offline too) and
 * the sync engine sends the change with its idempotency key and, for a change of an existing record,
 * {@code If-Match} on the version the user saw. A 412 becomes a conflict (base, mine, theirs); a
 * permanent refusal stays FAILED with the exchange's reason ({@link SyncMark}); nothing is sent twice.
 * Codes, references and amounts are taken exactly: a value with surrounding whitespace, a trailing newline,
 * too many decimals for the currency or the wrong currency is refused, never trimmed or rounded.
 */
public interface FinanceActions {

    // --- technical accounts

    /** Broker: issues a draft account (frozen from then on). */
    Queued issue(UUID accountId);

    /** Participant: agrees its share of an issued account. */
    Queued agree(UUID accountId);

    /** Participant: queries its share, with a reason (required, not blank). */
    Queued query(UUID accountId, String reason);

    /** Broker: replaces a draft's items and stated total ({@code stated} may be null). */
    Queued editDraft(UUID accountId, List<AccountItem> items, Money stated);

    /**
     * Broker: corrects an issued (or queried) account: the exchange supersedes it with a reversal and a new
     * version; locally the account shows as superseded and the new version as a draft under a temporary id
     * ({@link Queued#subjectId()}) until the exchange answers.
     */
    Queued correct(UUID accountId, List<AccountItem> items, Money stated);

    /** Broker: registers the bill (the fields {@link FinanceBook#registration} shows); the receipt arrives with the sync. */
    Queued registerBill(UUID accountId);

    // --- claims

    /** Broker: requests a claim payment matched to a claims-paid or cash-loss item of an issued account. */
    default Queued requestClaimPayment(UUID claimId, UUID technicalAccountId, Money amount) {
        return requestClaimPayment(claimId, technicalAccountId, amount, null);
    }

    /**
     * Broker: requests a claim payment matched to an item of an issued account in force: a claims-paid or cash-loss
     * item with the claim's reference and exactly this amount, not yet carrying a payment; with {@code cashCallId}
     * (may be null) the payment accounts for that cash call of the claim and needs a cash-loss item of the call's amount.
     */
    Queued requestClaimPayment(UUID claimId, UUID technicalAccountId, Money amount, UUID cashCallId);

    /**
     * Placing broker: advises a claim on a signed placement. The claim shows at once under a temporary id
     * ({@link Queued#subjectId()}) that becomes the exchange's once accepted; later actions on it queue behind it.
     */
    Queued adviseClaim(ClaimAdvice advice);

    /**
     * Placing broker: moves the claim's outstanding reserve at 100% to {@code outstanding} (up or down, never below
     * zero, never to the same figure), effective from {@code effectiveDate}, with a reason; guarded by the claim's
     * version the user saw.
     */
    Queued moveReserve(UUID claimId, Money outstanding, String reason, LocalDate effectiveDate);

    /** Placing broker: calls the participants' shares of a loss in cash (above zero, the claim's currency). */
    Queued requestCashCall(UUID claimId, Money amount, LocalDate dueDate, String reference);

    /** Participant: records that its own share of a cash call is paid, with the bank reference. */
    Queued payCashCall(UUID cashCallId, String bankReference);

    /** Placing broker: registers the claim (the fields {@link FinanceBook#claimRegistration} shows); the receipt comes with the sync. */
    Queued registerClaim(UUID claimId);

    // --- settlements

    /** Instructs the settlement of the agreed, unsettled amounts with a counterparty in one currency. */
    Queued instructSettlement(SettlementInstruction instruction);

    /** Payer: records a (possibly partial) payment with its bank reference and value date. */
    Queued recordPayment(UUID settlementId, Money amount, String bankReference, LocalDate valueDate);

    /** Payee: confirms a paid settlement with the bank reference. */
    Queued confirmSettlement(UUID settlementId, String bankReference);

    // --- invoices

    /** Requests the invoice of a reinsurer's share of an issued account (the exchange decides the VAT treatment). */
    Queued requestInvoice(UUID technicalAccountId, UUID reinsurerId, boolean consumedWhollyAbroad);

    /** Issuer: issues a requested invoice under a number (unique per issuer). */
    Queued issueInvoice(UUID invoiceId, String invoiceNumber);

    /** Issuer: marks an issued invoice delivered. */
    Queued deliverInvoice(UUID invoiceId);

    /** Recipient: confirms a delivered invoice. */
    Queued confirmInvoice(UUID invoiceId);

    /** Issuer: voids an issued invoice with its red-letter reversal's number and a reason. */
    Queued voidInvoice(UUID invoiceId, String redInvoiceNumber, String reason);
}
