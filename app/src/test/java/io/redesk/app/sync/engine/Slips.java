package io.redesk.app.sync.engine;

import io.redesk.exchange.seed.DemoPlacements;
import io.redesk.sdk.model.placement.Slip;
import java.util.concurrent.atomic.AtomicInteger;

/** Valid slips for the tests (the demo market's aviation slip), each with its own market reference. */
final class Slips {

    private static final AtomicInteger NEXT = new AtomicInteger((int) (System.nanoTime() % 100_000));

    private Slips() {
    }

    static String nextUmr() {
        return String.format("B0999HT%07d", 3_000_000 + NEXT.incrementAndGet() % 1_000_000);
    }

    static Slip slip(String umr, String information) {
        Slip s = DemoPlacements.slip(umr);
        return new Slip(s.umr(), s.contractKind(), s.riskDetails(), information, s.securityDetails(),
                s.subscriptionAgreement(), s.fiscalRegulatory(), s.brokerRemuneration());
    }

    static Slip withInformation(Slip s, String information) {
        return new Slip(s.umr(), s.contractKind(), s.riskDetails(), information, s.securityDetails(),
                s.subscriptionAgreement(), s.fiscalRegulatory(), s.brokerRemuneration());
    }
}
