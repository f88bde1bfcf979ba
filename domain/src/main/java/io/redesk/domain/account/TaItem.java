package io.redesk.domain.account;

import io.redesk.domain.money.Money;
import java.util.Objects;

/**
 * One line of a technical account. The amount is as reported (normally positive); the item type
 * decides whether it adds to or reduces the balance. A negative amount is a correction of the same
 * kind (for example a return premium).
 */
public record TaItem(TaItemType type, Money amount, String reference) {

    public TaItem {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(amount, "amount");
    }

    public TaItem(TaItemType type, Money amount) {
        this(type, amount, null);
    }

    /** The item's signed effect on the balance due to reinsurers; zero for memo items. */
    public Money effect() {
        return switch (type.sign()) {
            case 1 -> amount;
            case -1 -> amount.negate();
            default -> Money.zero(amount.currency());
        };
    }
}
