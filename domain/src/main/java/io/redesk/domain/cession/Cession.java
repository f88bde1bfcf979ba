package io.redesk.domain.cession;

import io.redesk.domain.money.Money;
import io.redesk.domain.money.Share;
import java.math.RoundingMode;

/**
 * An amount split between the cedent and its proportional reinsurers: the ceded share, the ceded
 * amount (half-up to the minor unit) and what the cedent retains (the rest, so the two add up).
 */
public record Cession(Share cededShare, Money gross, Money ceded, Money retained) {

    static Cession of(Share share, Money gross) {
        Money ceded = gross.times(share, RoundingMode.HALF_UP);
        return new Cession(share, gross, ceded, gross.minus(ceded));
    }
}
