package io.redesk.recon.archfixture;

import io.redesk.domain.money.Money;

/** Architecture fixture: the reconciliation engine using domain only (allowed). */
public class ReconUsingDomainOnly {
    public Object zero() {
        return Money.zeroCny();
    }
}
