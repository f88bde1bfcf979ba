package io.redesk.domain.tax;

import io.redesk.domain.money.Money;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A red-letter (红字) invoice reversing an issued one: its own number, the negative of the original
 * amount and VAT, the date and the reason.
 */
public record RedLetterReversal(String redInvoiceNumber, Money amount, Money vat, LocalDate issuedOn, String reason) {

    public RedLetterReversal {
        Objects.requireNonNull(redInvoiceNumber, "redInvoiceNumber");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(vat, "vat");
        Objects.requireNonNull(issuedOn, "issuedOn");
        Objects.requireNonNull(reason, "reason");
        if (redInvoiceNumber.isBlank()) {
            throw new IllegalArgumentException("a red-letter reversal needs its own invoice number");
        }
        if (reason.isBlank()) {
            throw new IllegalArgumentException("a red-letter reversal needs a reason");
        }
    }
}
