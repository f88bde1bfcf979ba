package io.redesk.domain.account;

import io.redesk.domain.money.Money;
import java.time.LocalDate;
import java.util.Objects;

/** One payment made against a settlement, with the bank's reference and the value date. */
public record Payment(Money amount, String bankReference, LocalDate valueDate) {

    public Payment {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(bankReference, "bankReference");
        Objects.requireNonNull(valueDate, "valueDate");
        if (bankReference.isBlank()) {
            throw new IllegalArgumentException("a payment needs its bank reference");
        }
    }
}
