package io.redesk.domain.signing;

import io.redesk.domain.money.Share;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of {@link SigningDown#sign}: the lines in input order, the factor applied to lines not
 * to stand, the final order (smaller than the requested one only after {@link BrokerDecision#REDUCE_ORDER})
 * and what happened about under-subscription.
 *
 * <p>When nothing could be signed ({@link UnderSubscription#DECISION_REQUIRED} or
 * {@link UnderSubscription#KEPT_OPEN}) the lines are a preview with signed = written and
 * {@link #isSigned()} is false.
 *
 * @param factor the signing-down factor f, to 10 decimals for display (signed lines are computed
 *               exactly, not from this rounded value); 1 when nothing was signed down; for a reduced
 *               order, 100 ÷ written total (the rebasing factor)
 */
public record SigningResult(List<SignedLine> lines, BigDecimal factor, Share order, Share writtenTotal,
                            UnderSubscription underSubscription) {

    public SigningResult {
        lines = List.copyOf(lines);
        Objects.requireNonNull(factor, "factor");
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(writtenTotal, "writtenTotal");
        Objects.requireNonNull(underSubscription, "underSubscription");
    }

    /** Whether the lines are final signed lines (they then sum to exactly 100.0000% of the order). */
    public boolean isSigned() {
        return underSubscription == UnderSubscription.NONE || underSubscription == UnderSubscription.ORDER_REDUCED;
    }

    /**
     * The signing-down factor as the contract states it: f for lines not to stand when the lines were
     * over-subscribed and signed down, otherwise exactly 1 (a reduced order re-expresses every line on the
     * smaller order; no line is signed down, so the rebasing factor in {@link #factor()} is not shown as f).
     */
    public BigDecimal signingDownFactor() {
        return writtenTotal.exceeds(Share.HUNDRED) ? factor : BigDecimal.ONE;
    }

    /** The sum of the signed column. */
    public Share signedTotal() {
        return lines.stream().map(SignedLine::signed).reduce(Share.ZERO, Share::plus);
    }

    public SignedLine line(String lineId) {
        return lines.stream().filter(l -> l.lineId().equals(lineId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no line " + lineId));
    }
}
