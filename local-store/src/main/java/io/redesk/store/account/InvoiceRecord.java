package io.redesk.store.account;

import io.redesk.domain.money.Money;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A tax invoice (发票): number, parties, net amount and VAT, and its state. A voided invoice keeps the
 * id of its red-letter reversal.
 */
public record InvoiceRecord(String id, Status status, String invoiceNumber, String issuerId, String recipientId,
                            Money net, Money vat, LocalDate issuedOn, String reversalInvoiceId) {

    /** Invoice states from DESIGN.md rule 7. */
    public enum Status { REQUESTED, ISSUED, DELIVERED, CONFIRMED, EXEMPT, VOIDED }

    public InvoiceRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
    }
}
