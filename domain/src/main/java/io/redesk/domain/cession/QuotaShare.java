package io.redesk.domain.cession;

import io.redesk.domain.money.Money;
import io.redesk.domain.money.Share;
import java.util.Objects;

/**
 * Rule 4 of DESIGN §2, quota share: the reinsurers take a fixed share of every risk in the treaty, so
 * the same share of premium and losses is ceded. Quota share 40% of 1,000,000 premium cedes 400,000.
 */
public record QuotaShare(Share cededShare) {

    public QuotaShare {
        Objects.requireNonNull(cededShare, "cededShare");
        if (cededShare.isZero() || cededShare.exceeds(Share.HUNDRED)) {
            throw new IllegalArgumentException("a quota share cedes above 0% and at most 100%, not " + cededShare);
        }
    }

    /** Cedes the quota share of an amount (premium or loss), half-up to the minor unit. */
    public Cession cede(Money amount) {
        return Cession.of(cededShare, amount);
    }
}
