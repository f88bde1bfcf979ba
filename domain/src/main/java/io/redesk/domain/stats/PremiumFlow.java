package io.redesk.domain.stats;

import io.redesk.domain.money.Money;
import io.redesk.domain.party.Organisation;
import java.util.Objects;

/**
 * One cession of premium from a ceding party to a reinsurer: an original reinsurance or a
 * retrocession. {@code businessId} names the original risk or contract the premium belongs to, so a
 * chain of cessions of the same business (A cedes to B, B retrocedes to C) can be recognised.
 */
public record PremiumFlow(String flowId, String businessId, Organisation ceding, Organisation reinsurer, Money premium,
                          boolean throughExchange) {

    public PremiumFlow {
        Objects.requireNonNull(flowId, "flowId");
        Objects.requireNonNull(businessId, "businessId");
        Objects.requireNonNull(ceding, "ceding");
        Objects.requireNonNull(reinsurer, "reinsurer");
        Objects.requireNonNull(premium, "premium");
        if (premium.isNegative()) {
            throw new IllegalArgumentException("flow " + flowId + " has negative premium " + premium);
        }
    }
}
