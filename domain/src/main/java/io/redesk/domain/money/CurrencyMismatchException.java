package io.redesk.domain.money;

import java.util.Currency;

/**
 * Thrown when two amounts in different currencies are combined. Converting between currencies is
 * always an explicit step with a rate, its source and its date, never an implicit one.
 */
public class CurrencyMismatchException extends IllegalArgumentException {

    private final Currency left;
    private final Currency right;

    public CurrencyMismatchException(Currency left, Currency right) {
        super("cannot combine " + left.getCurrencyCode() + " with " + right.getCurrencyCode());
        this.left = left;
        this.right = right;
    }

    public Currency left() {
        return left;
    }

    public Currency right() {
        return right;
    }
}
