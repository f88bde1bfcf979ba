package io.redesk.exchange.e2e;

import io.redesk.sdk.model.Money;
import io.redesk.sdk.model.placement.BrokerRemuneration;
import io.redesk.sdk.model.placement.ContractKind;
import io.redesk.sdk.model.placement.FiscalRegulatory;
import io.redesk.sdk.model.placement.RiskDetails;
import io.redesk.sdk.model.placement.SecurityDetails;
import io.redesk.sdk.model.placement.Slip;
import io.redesk.sdk.model.placement.SubscriptionAgreement;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/** A complete MRC slip for the tests, with a fresh unique market reference each time. */
final class Slips {

    static final LocalDate PERIOD_START = LocalDate.of(2027, 1, 1);
    static final LocalDate PERIOD_END = LocalDate.of(2027, 12, 31);
    static final Money PREMIUM = Money.of("12500000.00", "CNY");

    private Slips() {
    }

    static String freshUmr() {
        return "B0999RD" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 50), 36).toUpperCase();
    }

    static Slip aviation(String orderShare) {
        return aviation(freshUmr(), orderShare);
    }

    static Slip aviation(String umr, String orderShare) {
        RiskDetails risk = new RiskDetails("Aviation hull and liabilities", "Dongfang Property & Casualty",
                "Eastern Airlines", PERIOD_START, PERIOD_END, "Asia/Shanghai", "Hull all risks and legal liability",
                Money.of("500000000.00", "CNY"), null, null, null, null, "Worldwide",
                List.of("LSW555D war exclusion buy-back"), List.of("Nuclear"), "PRC law", "Shanghai", PREMIUM,
                "Quarterly in arrears", "None", List.of("Fleet survey within 30 days"));
        return new Slip(umr, ContractKind.FAC_PROPORTIONAL, risk, "Fleet of 120 narrow-body aircraft",
                new SecurityDetails(orderShare, "Percentage of the order", "Signed down proportionally"),
                new SubscriptionAgreement("China Re Shanghai", "Leader and followers", "Leader only"),
                new FiscalRegulatory("Included", "CN", "Aviation"),
                new BrokerRemuneration("10", "0"));
    }
}
