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
    Queued requestClaimPayment(UUID claimId, UUID technicalAccountId, Money amount);

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
