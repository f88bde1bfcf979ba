package io.redesk.domain.cession;

import io.redesk.domain.money.Money;
import io.redesk.domain.money.Share;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * Rule 4 of DESIGN §2, surplus: the cedent keeps one retention of each risk and cedes the surplus, up
 * to {@code lines} × retention. The ceded share of a risk is (sum insured − retention), capped by the
 * capacity, over the sum insured; it applies to that risk's premium and losses alike. Retention 1m with
 * 9 lines on a 7m sum insured cedes 6/7 = 85.7143%.
 *
 * <p>The share is rounded half-up to 4 decimals and the ceded amounts are computed from that rounded
 * share, because the share is what the bordereau states and what counterparties recompute from.
 */
public record Surplus(Money retention, int lines) {

    public Surplus {
        Objects.requireNonNull(retention, "retention");
        if (!retention.isPositive()) {
            throw new IllegalArgumentException("the retention must be above zero, not " + retention);
        }
        if (lines < 1) {
            throw new IllegalArgumentException("a surplus treaty has at least one line, not " + lines);
        }
    }

    /** The treaty's capacity: lines × retention. */
    public Money capacity() {
        return retention.multiply(lines);
    }

    /** The share of a risk with this sum insured that is ceded (0% when it fits in the retention). */
    public Share cededShare(Money sumInsured) {
        Objects.requireNonNull(sumInsured, "sumInsured");
        if (!sumInsured.isSameCurrency(retention)) {
            throw new IllegalArgumentException("sum insured " + sumInsured + " is not in the retention's currency "
                    + retention.currency());
        }
        if (!sumInsured.isPositive()) {
            throw new IllegalArgumentException("the sum insured must be above zero, not " + sumInsured);
        }
        Money surplus = sumInsured.minus(retention);
        if (!surplus.isPositive()) {
            return Share.ZERO;
        }
        Money ceded = surplus.min(capacity());
        BigDecimal percent = ceded.amount().multiply(BigDecimal.valueOf(100))
                .divide(sumInsured.amount(), MathContext.DECIMAL128);
        return Share.rounded(percent, RoundingMode.HALF_UP);
    }

    /** Cedes the surplus share of a risk's premium or loss. */
    public Cession cede(Money sumInsured, Money amount) {
        return Cession.of(cededShare(sumInsured), amount);
    }
}
