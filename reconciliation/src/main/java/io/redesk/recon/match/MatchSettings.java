package io.redesk.recon.match;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Objects;
import io.redesk.recon.model.MinorUnits;

/**
 * How a reconciliation runs. Defaults follow issue 13's headless run: tolerance 0.05 in each
 * currency's major unit, a date window of 5 days, subsets of up to 5 items among the 20 nearest
 * candidates, 200,000 search nodes per subset search and 30 s for all subset searches together.
 *
 * @param tolerance        largest |difference| classed as 尾差, in major units (0.05 = 5 fen); a
 *                         tolerance finer than a currency's minor unit is cut to whole minor units for
 *                         that currency (0.05 JPY allows no yen), never rounded up
 * @param dateWindowDays   largest distance in days between matched dates (amount and subset passes)
 * @param asOf             the date unmatched items are aged on
 * @param names            counterparty normalisation and aliases
 * @param maxSubsetSize    most items on the "many" side of a one-to-many or many-to-one group
 * @param maxCandidates    most candidates a subset search considers (the nearest in date)
 * @param nodesPerSearch   node budget of one subset search
 * @param subsetTimeBudget wall-clock budget of all subset searches together
 */
public record MatchSettings(BigDecimal tolerance, int dateWindowDays, LocalDate asOf, CounterpartyNames names,
                            int maxSubsetSize, int maxCandidates, long nodesPerSearch, Duration subsetTimeBudget) {

    public static final BigDecimal DEFAULT_TOLERANCE = new BigDecimal("0.05");
    public static final int DEFAULT_DATE_WINDOW = 5;

    public MatchSettings {
        Objects.requireNonNull(tolerance, "tolerance");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(names, "names");
        Objects.requireNonNull(subsetTimeBudget, "subsetTimeBudget");
        if (tolerance.signum() < 0) {
            throw new IllegalArgumentException("tolerance must not be negative: " + tolerance.toPlainString());
        }
        if (dateWindowDays < 0 || dateWindowDays > 3660) {
            throw new IllegalArgumentException("date window must be 0..3660 days: " + dateWindowDays);
        }
        if (maxSubsetSize < 2 || maxSubsetSize > 12) {
            throw new IllegalArgumentException("subset size must be 2..12: " + maxSubsetSize);
        }
        if (maxCandidates < 2 || maxCandidates > 64) {
            throw new IllegalArgumentException("candidates must be 2..64: " + maxCandidates);
        }
        if (nodesPerSearch < 1) {
            throw new IllegalArgumentException("node budget must be positive: " + nodesPerSearch);
        }
    }

    /** The headless run's defaults, aged as of {@code asOf}, without aliases. */
    public static MatchSettings defaults(LocalDate asOf) {
        return new MatchSettings(DEFAULT_TOLERANCE, DEFAULT_DATE_WINDOW, asOf, CounterpartyNames.withoutAliases(),
                5, 20, 200_000, Duration.ofSeconds(30));
    }

    public MatchSettings withTolerance(BigDecimal value) {
        return new MatchSettings(value, dateWindowDays, asOf, names, maxSubsetSize, maxCandidates, nodesPerSearch,
                subsetTimeBudget);
    }

    public MatchSettings withDateWindow(int days) {
        return new MatchSettings(tolerance, days, asOf, names, maxSubsetSize, maxCandidates, nodesPerSearch,
                subsetTimeBudget);
    }

    public MatchSettings withNames(CounterpartyNames value) {
        return new MatchSettings(tolerance, dateWindowDays, asOf, value, maxSubsetSize, maxCandidates, nodesPerSearch,
                subsetTimeBudget);
    }

    public MatchSettings withSubsetBudget(long nodes, Duration time) {
        return new MatchSettings(tolerance, dateWindowDays, asOf, names, maxSubsetSize, maxCandidates, nodes, time);
    }

    /** The tolerance in {@code currency}'s minor units, cut (never rounded up) to whole units. */
    public long toleranceMinor(Currency currency) {
        return tolerance.movePointRight(MinorUnits.digits(currency)).setScale(0, RoundingMode.DOWN).longValueExact();
    }
}
