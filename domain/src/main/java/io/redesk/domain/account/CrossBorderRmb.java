package io.redesk.domain.account;

import io.redesk.domain.money.Money;
import io.redesk.domain.party.OrgType;
import io.redesk.domain.party.Organisation;
import io.redesk.domain.security.SecurityCheck;
import io.redesk.domain.security.SecurityPolicy;
import io.redesk.domain.security.SecurityVerdict;
import java.util.Currency;
import java.util.Objects;
import java.util.Optional;

/**
 * Whether a settlement may carry the cross-border RMB flag (跨境人民币结算, DESIGN §2 settlement): only
 * a settlement in CNY between a domestic and an overseas party is cross-border RMB. The check returns
 * the reason it does not apply, so the exchange can refuse the flag with it; it never silently drops
 * the flag. With the cedent's security policy (DESIGN §2 rule 8: a separate minimum rating "for RMB
 * cross-border business"), the flag is also refused where the reinsurer (or pool) of the settlement is
 * rated below the policy's cross-border RMB minimum, or has no rating the policy recognises.
 */
public final class CrossBorderRmb {

    private CrossBorderRmb() {
    }

    /** Empty when the flag applies; otherwise why it does not. */
    public static Optional<String> refusal(Organisation payer, Organisation payee, Currency settlementCurrency) {
        Objects.requireNonNull(payer, "payer");
        Objects.requireNonNull(payee, "payee");
        Objects.requireNonNull(settlementCurrency, "settlementCurrency");
        if (!settlementCurrency.equals(Money.CNY)) {
            return Optional.of("cross-border RMB settlement is settlement in CNY; this settlement is in "
                    + settlementCurrency.getCurrencyCode());
        }
        if (payer.isDomestic() && payee.isDomestic()) {
            return Optional.of("both parties are domestic (" + payer.name() + ", " + payee.name()
                    + "): the settlement is not cross-border");
        }
        if (!payer.isDomestic() && !payee.isDomestic()) {
            return Optional.of("neither party is domestic (" + payer.countryCode() + ", " + payee.countryCode()
                    + "): cross-border RMB needs one party in China");
        }
        return Optional.empty();
    }

    /**
     * {@link #refusal(Organisation, Organisation, Currency)}, then the rating threshold: each party that is a
     * reinsurer or a pool is checked against {@code policy}'s cross-border RMB minimum.
     *
     * @param policy the security policy that governs the settlement (the cedent's); null skips the rating check
     */
    public static Optional<String> refusal(Organisation payer, Organisation payee, Currency settlementCurrency, SecurityPolicy policy) {
        Optional<String> basic = refusal(payer, payee, settlementCurrency);
        return basic.isPresent() ? basic : ratingRefusal(payer, payee, policy);
    }

    /** Empty when every reinsurer or pool among the parties meets {@code policy}'s cross-border RMB minimum (or there is no policy). */
    public static Optional<String> ratingRefusal(Organisation payer, Organisation payee, SecurityPolicy policy) {
        if (policy == null) {
            return Optional.empty();
        }
        for (Organisation o : new Organisation[] {payer, payee}) {
            if (o.type() != OrgType.REINSURER && o.type() != OrgType.POOL) {
                continue;
            }
            SecurityCheck c = policy.check(o, true);
            if (c.verdict() == SecurityVerdict.UNRATED) {
                return Optional.of(o.name() + " has no rating the security policy recognises; cross-border RMB settlement needs "
                        + c.minimum().symbol() + " or better");
            }
            if (c.verdict() == SecurityVerdict.BELOW_MINIMUM) {
                return Optional.of(o.name() + " is rated " + c.ratingUsed().orElseThrow() + ", below the security policy's minimum of "
                        + c.minimum().symbol() + " for cross-border RMB business");
            }
        }
        return Optional.empty();
    }
}
