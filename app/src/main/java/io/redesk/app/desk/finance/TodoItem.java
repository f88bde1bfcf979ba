package io.redesk.app.desk.finance;

import io.redesk.domain.money.Money;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One entry of the finance to-do list (Finance Home), most urgent first.
 *
 * @param kind      what needs doing
 * @param subjectId the account, settlement or invoice it concerns (open it with the matching {@link FinanceBook} call)
 * @param reference what the user recognises it by: a UMR and period, a settlement's counterparty, an invoice number
 * @param counterpartyId the other party, or null
 * @param amount    the amount at stake, or null
 * @param dueDate   when it is due, or null
 * @param overdue   past its due date
 */
public record TodoItem(Kind kind, UUID subjectId, String reference, UUID counterpartyId, Money amount, LocalDate dueDate,
                       boolean overdue) {

    /** The finance to-dos, in the order Home groups them. */
    public enum Kind {
        /** Broker: a draft account to issue. */
        ACCOUNT_TO_ISSUE,
        /** A participant: an issued account waiting for its answer (agree or query). */
        ACCOUNT_TO_AGREE,
        /** Broker: a queried account to answer with a correction. */
        ACCOUNT_TO_ANSWER,
        /** Anyone: an account queried by a participant, waiting for the correction (information). */
        ACCOUNT_QUERIED,
        /** Agreed, unsettled amounts with a counterparty: instruct the settlement. */
        SETTLEMENT_TO_INSTRUCT,
        /** The user's organisation pays: a settlement with a residue. */
        SETTLEMENT_TO_PAY,
        /** The user's organisation receives: a paid settlement to confirm with the bank reference. */
        SETTLEMENT_TO_CONFIRM,
        /** A requested invoice the user's organisation issues. */
        INVOICE_TO_ISSUE,
        /** An issued invoice the user's organisation delivers. */
        INVOICE_TO_DELIVER,
        /** A delivered invoice the user's organisation confirms as recipient. */
        INVOICE_TO_CONFIRM,
        /** A withheld-VAT invoice whose withholding certificate the cedent still owes. */
        WITHHOLDING_DUE
    }
}
