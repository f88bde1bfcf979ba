package io.redesk.domain.signing;

import io.redesk.domain.money.Share;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Rule 1 of DESIGN §2: closing a placement turns written lines into signed lines that add up to
 * exactly 100.0000% of the order.
 *
 * <ul>
 *   <li>Over-subscribed (written total &gt; 100%): lines written to stand keep their share; every other
 *       line is multiplied by f = (100 − Σ to-stand) ÷ Σ other lines. The exact products are rounded
 *       to 4 decimals by largest remainder so the total is exact; ties go to the earliest written
 *       line.</li>
 *   <li>Exactly 100%: lines are signed as written.</li>
 *   <li>Under-subscribed: nothing is signed without a {@link BrokerDecision}. With REDUCE_ORDER the
 *       order becomes (order × written total ÷ 100), rounded down to 4 decimals, and every line,
 *       to-stand or not, keeps its share of the whole risk, re-expressed (same largest-remainder
 *       rule) as a share of the reduced order.</li>
 * </ul>
 * Lines are percentages of the order: with an 80% order, signed lines total 100% of the order and 80%
 * of the whole risk.
 */
public final class SigningDown {

    private static final long HUNDRED_UNITS = Share.HUNDRED.units();

    private SigningDown() {
    }

    /**
     * Why these lines cannot all stand, or empty: lines written to stand keep their share when the rest
     * are signed down, so together they may take at most 100% of the order. A line that would take the
     * to-stand total above 100% is refused when it is written or amended, not at closing, where nothing
     * could be signed any more.
     */
    public static java.util.Optional<String> toStandRefusal(List<WrittenLine> lines) {
        long toStand = 0;
        for (WrittenLine l : lines) {
            if (l.toStand()) {
                toStand += l.written().units();
            }
        }
        return toStand > HUNDRED_UNITS
                ? java.util.Optional.of("lines written to stand total " + Share.ofUnits(toStand)
                        + ", more than 100% of the order: they cannot all stand")
                : java.util.Optional.empty();
    }

    /** Signs lines on a 100% order, with no broker decision about under-subscription. */
    public static SigningResult sign(List<WrittenLine> lines) {
        return sign(lines, Share.HUNDRED, null);
    }

    /** Signs lines on the given order, with no broker decision about under-subscription. */
    public static SigningResult sign(List<WrittenLine> lines, Share order) {
        return sign(lines, order, null);
    }

    /**
     * Signs lines on the given order.
     *
     * @param decision the broker's decision if the placement is under-subscribed; null if none was made
     * @throws SigningException if there are no lines, a line id repeats, a line is zero or above 100%,
     *                          to-stand lines alone exceed 100%, or the order is zero or above 100%
     */
    public static SigningResult sign(List<WrittenLine> lines, Share order, BrokerDecision decision) {
        Objects.requireNonNull(lines, "lines");
        Objects.requireNonNull(order, "order");
        validate(lines, order);

        long total = 0;
        long toStand = 0;
        for (WrittenLine l : lines) {
            total += l.written().units();
            if (l.toStand()) {
                toStand += l.written().units();
            }
        }
        Share writtenTotal = Share.ofUnits(total);

        if (total == HUNDRED_UNITS) {
            return new SigningResult(asWritten(lines), BigDecimal.ONE.setScale(10), order, writtenTotal,
                    UnderSubscription.NONE);
        }
        if (total > HUNDRED_UNITS) {
            toStandRefusal(lines).ifPresent(m -> {
                throw new SigningException(m);
            });
            long target = HUNDRED_UNITS - toStand;
            long others = total - toStand;
            List<Long> signed = allocateInTieOrder(lines, target, l -> !l.toStand());
            BigDecimal factor = BigDecimal.valueOf(target).divide(BigDecimal.valueOf(others), 10, RoundingMode.HALF_EVEN);
            return new SigningResult(zip(lines, signed), factor, order, writtenTotal, UnderSubscription.NONE);
        }
        if (decision == null) {
            return new SigningResult(asWritten(lines), BigDecimal.ONE.setScale(10), order, writtenTotal,
                    UnderSubscription.DECISION_REQUIRED);
        }
        if (decision == BrokerDecision.KEEP_OPEN) {
            return new SigningResult(asWritten(lines), BigDecimal.ONE.setScale(10), order, writtenTotal,
                    UnderSubscription.KEPT_OPEN);
        }
        Share reducedOrder = Share.rounded(order.percent().multiply(writtenTotal.fraction()), RoundingMode.DOWN);
        if (reducedOrder.isZero()) {
            throw new SigningException("reducing the order " + order + " to the written total " + writtenTotal
                    + " leaves nothing to sign");
        }
        List<Long> signed = allocateInTieOrder(lines, HUNDRED_UNITS, l -> true);
        BigDecimal factor = BigDecimal.valueOf(HUNDRED_UNITS).divide(BigDecimal.valueOf(total), 10, RoundingMode.HALF_EVEN);
        return new SigningResult(zip(lines, signed), factor, reducedOrder, writtenTotal, UnderSubscription.ORDER_REDUCED);
    }

    private static void validate(List<WrittenLine> lines, Share order) {
        if (lines.isEmpty()) {
            throw new SigningException("there are no written lines to sign");
        }
        if (order.isZero() || order.exceeds(Share.HUNDRED)) {
            throw new SigningException("order must be above 0% and at most 100% of the risk, was " + order);
        }
        Set<String> ids = new HashSet<>();
        for (WrittenLine l : lines) {
            Objects.requireNonNull(l, "line");
            if (!ids.add(l.lineId())) {
                throw new SigningException("line " + l.lineId() + " appears more than once");
            }
            if (l.written().isZero()) {
                throw new SigningException("line " + l.lineId() + " is written at 0%");
            }
            if (l.written().exceeds(Share.HUNDRED)) {
                throw new SigningException("line " + l.lineId() + " is written at " + l.written()
                        + ", more than 100% of the order");
            }
        }
    }

    /**
     * Distributes {@code target} units over the lines selected by {@code scaled}, proportionally to their
     * written shares, giving rounding ties to the earliest written line; lines not selected keep their
     * written share. Returns units per line in input order.
     */
    private static List<Long> allocateInTieOrder(List<WrittenLine> lines, long target,
                                                 java.util.function.Predicate<WrittenLine> scaled) {
        List<Integer> tieOrder = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (scaled.test(lines.get(i))) {
                tieOrder.add(i);
            }
        }
        // Stable: equal times keep input order.
        tieOrder.sort(Comparator.comparing(i -> lines.get(i).writtenAt()));
        List<Long> weights = new ArrayList<>();
        for (int i : tieOrder) {
            weights.add(lines.get(i).written().units());
        }
        List<Long> parts = LargestRemainder.allocate(target, weights);
        List<Long> result = new ArrayList<>();
        for (WrittenLine l : lines) {
            result.add(l.written().units());
        }
        for (int k = 0; k < tieOrder.size(); k++) {
            result.set(tieOrder.get(k), parts.get(k));
        }
        return result;
    }

    private static List<SignedLine> zip(List<WrittenLine> lines, List<Long> signedUnits) {
        List<SignedLine> out = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            WrittenLine l = lines.get(i);
            out.add(new SignedLine(l.lineId(), l.written(), Share.ofUnits(signedUnits.get(i))));
        }
        return out;
    }

    private static List<SignedLine> asWritten(List<WrittenLine> lines) {
        List<SignedLine> out = new ArrayList<>(lines.size());
        for (WrittenLine l : lines) {
            out.add(new SignedLine(l.lineId(), l.written(), l.written()));
        }
        return out;
    }
}
