package io.redesk.domain.account;

import io.redesk.domain.money.Money;
import io.redesk.domain.money.Share;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The broker's statement of brokerage earned (issue 11): per counterparty (each participant, whose
 * premium the brokerage is deducted from) × currency × accounting period. An account's brokerage at
 * 100% is the sum of its {@link TaItemType#BROKERAGE} items; the placement's order share of it (half-up)
 * is split over the signed lines by {@link BalanceSplit}, exactly as the balance is, so each
 * participant's brokerage adds up to the order's. A reversal's items are negated, so a superseded
 * version and its reversal cancel; entries are aggregated by {@link Statements#aggregate}.
 */
public final class BrokerageStatements {

    private BrokerageStatements() {
    }

    /** A signed line of the account's placement, in written order. */
    public record Participant(String organisationId, Share signedShare) {
        public Participant {
            Objects.requireNonNull(organisationId, "organisationId");
            Objects.requireNonNull(signedShare, "signedShare");
        }
    }

    /** The account's brokerage at 100%: the sum of its brokerage items (zero when it has none). */
    public static Money brokerage(TechnicalAccount account) {
        Objects.requireNonNull(account, "account");
        Money total = Money.zero(account.currency());
        for (TaItem i : account.items()) {
            if (i.type() == TaItemType.BROKERAGE) {
                total = total.plus(i.amount());
            }
        }
        return total;
    }

    /**
     * The brokerage each participant's share of the account carries, as statement entries from the
     * broker's side (positive: brokerage earned from that participant). No entry for an account without
     * brokerage or without signed lines.
     */
    public static List<StatementEntry> entries(String accountReference, TechnicalAccount account, Share orderShare,
                                               List<Participant> participants) {
        Objects.requireNonNull(accountReference, "accountReference");
        Objects.requireNonNull(orderShare, "orderShare");
        Objects.requireNonNull(participants, "participants");
        Money whole = brokerage(account);
        if (whole.isZero() || participants.isEmpty()) {
            return List.of();
        }
        List<Money> parts = BalanceSplit.split(whole.times(orderShare, RoundingMode.HALF_UP),
                participants.stream().map(Participant::signedShare).toList());
        List<StatementEntry> out = new ArrayList<>(parts.size());
        for (int i = 0; i < parts.size(); i++) {
            out.add(new StatementEntry(participants.get(i).organisationId(), account.period(), parts.get(i), accountReference));
        }
        return out;
    }

    /** Statements per counterparty × currency × period, ordered as {@link Statements#aggregate} orders them. */
    public static List<StatementOfAccount> aggregate(List<StatementEntry> entries) {
        return Statements.aggregate(entries);
    }
}
