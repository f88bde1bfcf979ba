package io.redesk.app.desk.finance;

import io.redesk.domain.money.Money;
import io.redesk.sdk.model.account.AccountKind;
import io.redesk.sdk.model.account.AccountStatus;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A statement of account of the user's organisation with one counterparty in one currency for one
 * period, as the exchange computed it (ADR 0620: statements are pulled, never recomputed here), with the
 * netting of the amounts still to settle done by the domain's {@code Netting}.
 *
 * @param counterpartyId the other party
 * @param currency       ISO 4217 code (amounts are never converted on a statement)
 * @param period         accounting period
 * @param lines          one line per technical account (reversals included: a superseded version and its reversal cancel out)
 * @param total          sum of the lines; positive: the counterparty owes the user's organisation
 * @param netting        the agreed, unsettled amounts netted (one position, or none when nothing is left to settle)
 * @param fetchedAt      when the exchange computed it (the vault's copy is as of then)
 */
public record StatementView(UUID counterpartyId, String currency, String period, List<Line> lines, Money total,
                            List<NettingLine> netting, Instant fetchedAt) {

    public StatementView {
        lines = List.copyOf(lines);
        netting = List.copyOf(netting);
    }

    /** One account on the statement; amount from the statement holder's side. */
    public record Line(UUID technicalAccountId, String contractReference, AccountKind kind, AccountStatus status,
                       Money amount) {
    }

    /**
     * A netting line: the accounts that net into one position with the counterparty in one currency.
     *
     * @param accountIds  the accounts netted (agreed, not yet in a settlement)
     * @param amounts     each account's amount, in the same order
     * @param net         the net position (positive: receivable)
     */
    public record NettingLine(List<UUID> accountIds, List<Money> amounts, Money net) {
        public NettingLine {
            accountIds = List.copyOf(accountIds);
            amounts = List.copyOf(amounts);
        }
    }
}
