package io.redesk.recon.match;

import java.util.List;
import java.util.Objects;

/**
 * Why a group was formed, as data the workbench shows next to it (it is rendered in the user's
 * language there, never stored as text here).
 *
 * @param matchedOn      what the pass matched on: the reference (as normalised), or the normalised
 *                       counterparty key for the amount, tolerance and subset passes; empty for unmatched
 * @param daysApart      the largest date distance between the group's ledger and statement sides
 * @param alternatives   for {@link MatchClass#AMBIGUOUS}: the ways to match that fit (at least two);
 *                       empty otherwise
 */
public record Explanation(String matchedOn, int daysApart, List<Alternative> alternatives) {

    public Explanation {
        Objects.requireNonNull(matchedOn, "matchedOn");
        alternatives = List.copyOf(alternatives);
    }

    /** One way to match an ambiguous group: these ledger items against these statement lines. */
    public record Alternative(List<String> ledgerIds, List<String> statementIds) {
        public Alternative {
            ledgerIds = List.copyOf(ledgerIds);
            statementIds = List.copyOf(statementIds);
        }
    }
}
