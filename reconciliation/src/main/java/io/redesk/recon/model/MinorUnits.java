package io.redesk.recon.model;

import io.redesk.domain.money.Money;
import java.math.BigDecimal;
import java.util.Currency;

/**
 * The one conversion between decimal amounts and integer minor units for reconciliation. It never
 * rounds: an amount with more decimals than its currency allows, or one outside the range of a
 * {@code long}, is refused with the reason, so an import cannot become silently wrong.
 */
public final class MinorUnits {

    private MinorUnits() {
    }

    /** Decimals of the currency's minor unit (CNY, USD: 2; JPY: 0; KWD: 3), from {@code domain}'s rule. */
    public static int digits(Currency currency) {
        return Money.minorUnits(currency);
    }

    /**
     * {@code 1234.56} CNY → {@code 123456}. Trailing zeros beyond the scale are accepted
     * ({@code 1.500} CNY is 150); any other extra decimal is an error.
     *
     * @throws IllegalArgumentException with the amount and the currency's scale in the message
     */
    public static long toMinor(BigDecimal amount, Currency currency) {
        int digits = digits(currency);
        BigDecimal scaled = amount.movePointRight(digits);
        BigDecimal whole = scaled.stripTrailingZeros();
        if (whole.scale() > 0) {
            throw new IllegalArgumentException("amount " + amount.toPlainString() + " has more decimals than "
                    + currency.getCurrencyCode() + " allows (" + digits + ")");
        }
        try {
            return whole.longValueExact();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("amount " + amount.toPlainString() + " is too large", e);
        }
    }

    /** {@code 123456} CNY → {@code 1234.56} (at the currency's scale). */
    public static BigDecimal toDecimal(long minor, Currency currency) {
        return BigDecimal.valueOf(minor, digits(currency));
    }
}
