package io.redesk.domain.layer;

import io.redesk.domain.money.Money;
import java.time.LocalDate;
import java.util.Objects;

/** A loss to the reinsured (ground up, net of other recoveries) on the date it occurred. */
public record LayerLoss(String lossId, Money amount, LocalDate date) {

    public LayerLoss {
        Objects.requireNonNull(lossId, "lossId");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(date, "date");
        if (amount.isNegative()) {
            throw new IllegalArgumentException("loss " + lossId + " has a negative amount " + amount);
        }
    }
}
