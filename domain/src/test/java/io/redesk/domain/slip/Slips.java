package io.redesk.domain.slip;

import io.redesk.domain.line.Line;
import io.redesk.domain.line.Subjectivity;
import io.redesk.domain.money.Money;
import io.redesk.domain.money.Share;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Complete example slips for tests: one per contract kind. */
final class Slips {

    static final Instant T0 = Instant.parse("2026-12-01T02:00:00Z");

    private Slips() {
    }

    static RiskDetails risk(ContractKind kind, Cover cover, String insured, Money sumInsured) {
        return new RiskDetails("B0999RD2027QS01", kind, "Shanghai Marine & Fire", insured,
                Period.oneYear(LocalDate.of(2027, 1, 1)), "property and engineering portfolio", sumInsured, cover,
                "People's Republic of China", List.of("Claims cooperation clause"), List.of("War and terrorism"),
                "PRC law", "Shanghai courts", Money.cny("1000000"), "quarterly in arrears, 90 days",
                "as per local requirements", List.of(new Subjectivity("survey report", LocalDate.of(2027, 2, 1))));
    }

    static Slip slip(RiskDetails risk) {
        return new Slip(risk,
                Information.of("Five-year loss record attached."),
                new SecurityDetails(Share.HUNDRED, WrittenLineBasis.PERCENTAGE_OF_ORDER, "signed lines by largest remainder",
                        List.of(Line.written("L1", "re-lead", Share.of("40"), true, "UW-1", T0),
                                Line.written("L2", "re-follow", Share.of("60"), false, "UW-2", T0.plusSeconds(60)))),
                new SubscriptionAgreement("re-lead", List.of("re-lead"), ClaimsAgreementBasis.LEADER_ONLY, "broker"),
                new FiscalAndRegulatory("none", "CN", "property", false),
                new BrokerRemuneration(Share.of("2.5"), List.of(new Deduction("exchange fee", Share.of("0.1")))));
    }

    static Slip treatyQuotaShare() {
        return slip(risk(ContractKind.treaty(ContractType.QUOTA_SHARE), new Cover.QuotaShareCover(Share.of("40"), null), null, null));
    }

    static Slip treatySurplus() {
        return slip(risk(ContractKind.treaty(ContractType.SURPLUS), new Cover.SurplusCover(Money.cny("1000000"), 9), null, null));
    }

    static Slip facultativePerRiskXl() {
        return slip(risk(ContractKind.facultative(ContractType.PER_RISK_XL),
                new Cover.ExcessOfLossCover(ContractType.PER_RISK_XL, Money.cny("5000000"), Money.cny("1000000"),
                        List.of(Share.HUNDRED), false, null),
                "Pudong Logistics Park Co.", Money.cny("20000000")));
    }

    static Slip treatyCatXl() {
        return slip(risk(ContractKind.treaty(ContractType.CAT_XL),
                new Cover.ExcessOfLossCover(ContractType.CAT_XL, Money.cny("50000000"), Money.cny("10000000"),
                        List.of(Share.HUNDRED, Share.of("50")), true, null), null, null));
    }

    static Slip treatyStopLoss() {
        return slip(risk(ContractKind.treaty(ContractType.STOP_LOSS),
                new Cover.StopLossCover(Share.of("80"), Share.of("40"), Money.cny("30000000")), null, null));
    }
}
