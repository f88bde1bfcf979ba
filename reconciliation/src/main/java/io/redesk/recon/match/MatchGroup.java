package io.redesk.recon.match;

import io.redesk.domain.account.AgeBucket;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One group of a reconciliation: the ledger items and statement lines the engine put together (or the
 * one item it could not match), with the pass, a score and the reason. The workbench lists these for
 * the user to confirm or reject; the headless run writes one CSV row per group.
 *
 * @param number          1-based, in the order of {@link ReconciliationResult#groups()}
 * @param matchClass      the group's class
 * @param pass            the pass that formed it ({@link Pass#NONE} for unmatched)
 * @param score           confidence 0–100: 100 for an exact reference, less the further dates or
 *                        amounts are apart; 0 for ambiguous and unmatched groups
 * @param currency        the currency of every item in the group
 * @param ledgerIds       the ledger items, by id (possibly empty for an unmatched statement line)
 * @param statementIds    the statement lines, by id (possibly empty for an unmatched ledger item)
 * @param differenceMinor Σ ledger − Σ statement in minor units (a ROUNDING group's 尾差; an unmatched
 *                        ledger item's own amount, an unmatched statement line's amount negated)
 * @param age             the age bucket of an open group (unmatched: the item's; ambiguous: its
 *                        oldest item's) as of the run's date; null for matched groups
 * @param explanation     why the group was formed
 */
public record MatchGroup(int number, MatchClass matchClass, Pass pass, int score, Currency currency,
                         List<String> ledgerIds, List<String> statementIds, long differenceMinor, AgeBucket age,
                         Explanation explanation) {

    public MatchGroup {
        Objects.requireNonNull(matchClass, "matchClass");
        Objects.requireNonNull(pass, "pass");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(explanation, "explanation");
        ledgerIds = List.copyOf(ledgerIds);
        statementIds = List.copyOf(statementIds);
        if (ledgerIds.isEmpty() && statementIds.isEmpty()) {
            throw new IllegalArgumentException("a group holds at least one item");
        }
    }

    /** The age bucket of an open (unmatched or ambiguous) group. */
    public Optional<AgeBucket> ageBucket() {
        return Optional.ofNullable(age);
    }
}
