package io.redesk.domain.tax;

import io.redesk.domain.money.Money;
import java.util.Objects;
import java.util.Optional;

/**
 * A VAT invoice for a reinsurance amount, moved through {@link InvoiceWorkflow}. Immutable: each step
 * returns a new invoice. Voiding requires a red-letter reversal that exactly negates the invoice.
 *
 * @param invoiceNumber the tax invoice number once issued; empty while requested or when exempt
 */
public record Invoice(String invoiceId, Money amount, Money vat, InvoiceStatus status, Optional<String> invoiceNumber,
                      Optional<RedLetterReversal> reversal) {

    public Invoice {
        Objects.requireNonNull(invoiceId, "invoiceId");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(vat, "vat");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(invoiceNumber, "invoiceNumber");
        Objects.requireNonNull(reversal, "reversal");
        if (status == InvoiceStatus.VOIDED && reversal.isEmpty()) {
            throw new IllegalArgumentException("a voided invoice must carry its red-letter reversal");
        }
    }

    /** A new request for an invoice over a VAT-inclusive amount. */
    public static Invoice request(String invoiceId, Money amount, Money vat) {
        return new Invoice(invoiceId, amount, vat, InvoiceStatus.REQUESTED, Optional.empty(), Optional.empty());
    }

    public Invoice issue(String number) {
        Objects.requireNonNull(number, "number");
        if (number.isBlank()) {
            throw new IllegalArgumentException("an issued invoice needs its number");
        }
        return new Invoice(invoiceId, amount, vat, InvoiceWorkflow.transition(status, InvoiceStatus.ISSUED),
                Optional.of(number), reversal);
    }

    public Invoice deliver() {
        return to(InvoiceStatus.DELIVERED);
    }

    public Invoice confirm() {
        return to(InvoiceStatus.CONFIRMED);
    }

    /** Marks a requested invoice as not needed because the business is VAT-exempt. */
    public Invoice exempt() {
        return to(InvoiceStatus.EXEMPT);
    }

    /** Voids an issued invoice with a red-letter reversal of exactly its amount and VAT. */
    public Invoice voidWith(RedLetterReversal red) {
        Objects.requireNonNull(red, "red");
        InvoiceStatus next = InvoiceWorkflow.transition(status, InvoiceStatus.VOIDED);
        if (!red.amount().equals(amount.negate()) || !red.vat().equals(vat.negate())) {
            throw new IllegalArgumentException("the red-letter reversal must negate the invoice exactly: expected "
                    + amount.negate() + " / VAT " + vat.negate() + ", got " + red.amount() + " / VAT " + red.vat());
        }
        return new Invoice(invoiceId, amount, vat, next, invoiceNumber, Optional.of(red));
    }

    private Invoice to(InvoiceStatus next) {
        return new Invoice(invoiceId, amount, vat, InvoiceWorkflow.transition(status, next), invoiceNumber, reversal);
    }
}
