package io.redesk.recon.match;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The outcome of one reconciliation: every ledger item and statement line in exactly one group
 * (matched, ambiguous or unmatched), in pass order, and what the bounded subset search left undecided.
 *
 * @param groups          every group, numbered 1..n in this order
 * @param asOf            the date unmatched items are aged on
 * @param subsetSearches  subset searches run
 * @param searchesCutShort subset searches stopped by their node budget or the total time budget before
 *                        they could tell one fitting subset from two: their items stay unmatched,
 *                        never guessed
 * @param timeBudgetSpent true when the total time budget ran out and later blocks were not searched
 */
public record ReconciliationResult(List<MatchGroup> groups, LocalDate asOf, long subsetSearches,
                                   long searchesCutShort, boolean timeBudgetSpent) {

    public ReconciliationResult {
        Objects.requireNonNull(asOf, "asOf");
        groups = List.copyOf(groups);
    }

    /** How many groups of each class (every class present, zero when none). */
    public Map<MatchClass, Integer> countByClass() {
        Map<MatchClass, Integer> counts = new EnumMap<>(MatchClass.class);
        for (MatchClass c : MatchClass.values()) {
            counts.put(c, 0);
        }
        for (MatchGroup g : groups) {
            counts.merge(g.matchClass(), 1, Integer::sum);
        }
        return counts;
    }
}
