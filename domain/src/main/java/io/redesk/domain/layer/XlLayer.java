package io.redesk.domain.layer;

import io.redesk.domain.money.Money;
import io.redesk.domain.money.Share;
import io.redesk.domain.validation.FieldError;
import io.redesk.domain.validation.ValidationException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Rule 3 of DESIGN §2: an excess-of-loss layer ("limit xs excess") with zero or more reinstatements,
 * each at its own rate of the layer premium, pro rata as to amount and optionally as to time.
 *
 * <p>Each loss recovers the part inside the layer, capped by the aggregate limit left (by default
 * (1 + reinstatements) × limit). The cover used is then reinstated as far as reinstatements remain
 * (and the aggregate still allows), in order: the first reinstatement's rate applies to the first
 * "limit" of reinstated cover, and so on. Reinstatement premium = premium × rate × reinstated ÷ limit,
 * × days from the loss to expiry ÷ days in the period when pro rata as to time. Premiums are rounded
 * half-up cumulatively, so the per-loss amounts add up to the rounded exact total, which therefore
 * never exceeds Σ rates × premium.
 *
 * @param reinstatementRates the rate of each reinstatement in order (100% = full premium)
 * @param inception          first day of cover (needed for pro rata as to time, else may be null)
 * @param expiry             the day cover ends, exclusive (needed for pro rata as to time, else may be null)
 * @param aggregateLimit     explicit aggregate limit, or null for (1 + reinstatements) × limit
 */
public record XlLayer(Money limit, Money excess, Money premium, List<Share> reinstatementRates,
                      boolean proRataAsToTime, LocalDate inception, LocalDate expiry, Money aggregateLimit) {

    private static final MathContext WORKING = MathContext.DECIMAL128;

    public XlLayer {
        Objects.requireNonNull(limit, "limit");
        Objects.requireNonNull(excess, "excess");
        Objects.requireNonNull(premium, "premium");
        reinstatementRates = List.copyOf(Objects.requireNonNull(reinstatementRates, "reinstatementRates"));
        List<FieldError> errors = new ArrayList<>();
        if (!limit.isPositive()) {
            errors.add(new FieldError("limit", "positive", "the layer limit must be above zero"));
        }
        if (excess.isNegative()) {
            errors.add(new FieldError("excess", "nonNegative", "the excess must not be negative"));
        }
        if (premium.isNegative()) {
            errors.add(new FieldError("premium", "nonNegative", "the premium must not be negative"));
        }
        if (!excess.isSameCurrency(limit)) {
            errors.add(new FieldError("excess", "currency.mismatch", "excess and limit must be in one currency"));
        }
        if (!premium.isSameCurrency(limit)) {
            errors.add(new FieldError("premium", "currency.mismatch", "premium and limit must be in one currency"));
        }
        if (aggregateLimit != null) {
            if (!aggregateLimit.isSameCurrency(limit)) {
                errors.add(new FieldError("aggregateLimit", "currency.mismatch", "aggregate and limit must be in one currency"));
            } else if (aggregateLimit.compareTo(limit) < 0) {
                errors.add(new FieldError("aggregateLimit", "atLeastLimit", "the aggregate limit must be at least the layer limit"));
            }
        }
        if (proRataAsToTime && (inception == null || expiry == null)) {
            errors.add(new FieldError(inception == null ? "inception" : "expiry", "required",
                    "pro rata as to time needs the period's inception and expiry"));
        }
        if (inception != null && expiry != null && !expiry.isAfter(inception)) {
            errors.add(new FieldError("expiry", "afterInception", "expiry must be after inception"));
        }
        ValidationException.throwIfAny(errors);
    }

    /** A layer with {@code reinstatements} reinstatements at 100%, pro rata as to amount only. */
    public static XlLayer of(Money limit, Money excess, Money premium, int reinstatements) {
        return new XlLayer(limit, excess, premium, hundreds(reinstatements), false, null, null, null);
    }

    /** The same layer, reinstatements pro rata also as to time over [inception, expiry). */
    public XlLayer proRataAsToTime(LocalDate inception, LocalDate expiry) {
        return new XlLayer(limit, excess, premium, reinstatementRates, true, inception, expiry, aggregateLimit);
    }

    private static List<Share> hundreds(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("the number of reinstatements must not be negative: " + n);
        }
        List<Share> rates = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            rates.add(Share.HUNDRED);
        }
        return rates;
    }

    public int reinstatements() {
        return reinstatementRates.size();
    }

    /** The explicit aggregate, or (1 + reinstatements) × limit. */
    public Money effectiveAggregateLimit() {
        return aggregateLimit != null ? aggregateLimit : limit.multiply(1L + reinstatements());
    }

    /** The most reinstatement premium the layer can ever earn: Σ rates × premium. */
    public Money maximumReinstatementPremium() {
        BigDecimal sum = reinstatementRates.stream().map(Share::fraction).reduce(BigDecimal.ZERO, BigDecimal::add);
        return premium.multiply(sum, RoundingMode.HALF_UP);
    }

    /** The part of a ground-up loss that falls inside the layer. */
    public Money toLayer(Money loss) {
        Money above = loss.minus(excess);
        if (!above.isPositive()) {
            return Money.zero(limit.currency());
        }
        return above.min(limit);
    }

    /** Applies the losses in date order (input order on the same day). */
    public LayerStatement apply(List<LayerLoss> losses) {
        Objects.requireNonNull(losses, "losses");
        validateLosses(losses);
        List<LayerLoss> ordered = new ArrayList<>(losses);
        ordered.sort(Comparator.comparing(LayerLoss::date));

        Money zero = Money.zero(limit.currency());
        Money aggregate = effectiveAggregateLimit();
        Money used = zero;
        Money reinstatedSoFar = zero;
        Money reinstatementCapacity = limit.multiply(reinstatements());
        BigDecimal exactPremiumSoFar = BigDecimal.ZERO;
        Money roundedPremiumSoFar = zero;
        Money totalRecovery = zero;
        List<LossRecovery> out = new ArrayList<>();

        for (LayerLoss loss : ordered) {
            Money inLayer = toLayer(loss.amount());
            Money recovery = inLayer.min(aggregate.minus(used));
            used = used.plus(recovery);
            Money reinstated = recovery.min(reinstatementCapacity.minus(reinstatedSoFar)).min(aggregate.minus(used));
            exactPremiumSoFar = exactPremiumSoFar.add(exactPremium(reinstatedSoFar, reinstated, loss.date()));
            reinstatedSoFar = reinstatedSoFar.plus(reinstated);
            Money roundedTotal = Money.rounded(exactPremiumSoFar, limit.currency(), RoundingMode.HALF_UP);
            Money premiumForLoss = roundedTotal.minus(roundedPremiumSoFar);
            roundedPremiumSoFar = roundedTotal;
            totalRecovery = totalRecovery.plus(recovery);
            out.add(new LossRecovery(loss.lossId(), inLayer, recovery, reinstated, premiumForLoss, used,
                    aggregate.minus(used), reinstatementCapacity.minus(reinstatedSoFar)));
        }
        return new LayerStatement(out, totalRecovery, roundedPremiumSoFar, used, aggregate.minus(used));
    }

    /** Exact premium for reinstating {@code amount} of cover after {@code before} was already reinstated. */
    private BigDecimal exactPremium(Money before, Money amount, LocalDate lossDate) {
        BigDecimal limitAmount = limit.amount();
        BigDecimal start = before.amount();
        BigDecimal remaining = amount.amount();
        BigDecimal total = BigDecimal.ZERO;
        int tranche = start.divideToIntegralValue(limitAmount).intValueExact();
        BigDecimal position = start.subtract(limitAmount.multiply(BigDecimal.valueOf(tranche)));
        while (remaining.signum() > 0 && tranche < reinstatements()) {
            BigDecimal room = limitAmount.subtract(position);
            BigDecimal take = remaining.min(room);
            BigDecimal rate = reinstatementRates.get(tranche).fraction();
            total = total.add(premium.amount().multiply(rate).multiply(take).divide(limitAmount, WORKING));
            remaining = remaining.subtract(take);
            tranche++;
            position = BigDecimal.ZERO;
        }
        if (proRataAsToTime) {
            long daysInPeriod = ChronoUnit.DAYS.between(inception, expiry);
            long daysLeft = ChronoUnit.DAYS.between(lossDate, expiry);
            total = total.multiply(BigDecimal.valueOf(daysLeft)).divide(BigDecimal.valueOf(daysInPeriod), WORKING);
        }
        return total;
    }

    private void validateLosses(List<LayerLoss> losses) {
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < losses.size(); i++) {
            LayerLoss loss = losses.get(i);
            if (!loss.amount().isSameCurrency(limit)) {
                errors.add(new FieldError("losses[" + i + "].amount", "currency.mismatch",
                        "loss " + loss.lossId() + " is in " + loss.amount().currency() + ", the layer in " + limit.currency()));
            }
            if (inception != null && expiry != null
                    && (loss.date().isBefore(inception) || !loss.date().isBefore(expiry))) {
                errors.add(new FieldError("losses[" + i + "].date", "outsidePeriod",
                        "loss " + loss.lossId() + " on " + loss.date() + " is outside the period " + inception + " – " + expiry));
            }
        }
        ValidationException.throwIfAny(errors);
    }
}
