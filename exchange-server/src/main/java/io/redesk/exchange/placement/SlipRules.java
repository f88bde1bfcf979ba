package io.redesk.exchange.placement;

import io.redesk.domain.money.Share;
import io.redesk.domain.quote.PricedTerms;
import io.redesk.domain.slip.Period;
import io.redesk.exchange.http.ApiProblem;
import io.redesk.exchange.http.Wire;
import io.redesk.sdk.model.Money;
import io.redesk.sdk.model.placement.RiskDetails;
import io.redesk.sdk.model.placement.Slip;
import java.time.ZoneId;

/**
 * Checks a slip beyond its schema with {@code domain}'s rules: amounts exact in their currency (Money),
 * one currency for the limit and premium, a period in order ({@code Period.orderRefusal}: expiry on or
 * after inception) in a real time zone, an order (and a ceded share, when given) above 0 and at most
 * 100%, brokerage and commission 0 to 100% ({@code Share.refusalAsPercentage}). Each refusal names the field, under {@code prefix}.
 */
public final class SlipRules {
    private SlipRules() {
    }

    public static void check(Slip slip, String prefix) {
        RiskDetails r = slip.riskDetails();
        String rd = prefix + "riskDetails.";
        io.redesk.domain.money.Money premium = Wire.money(r.premium(), rd + "premium");
        checkMoney(r.limit(), rd + "limit", premium);
        checkMoney(r.sumInsured(), rd + "sumInsured", premium);
        checkMoney(r.excess(), rd + "excess", premium);
        checkMoney(r.retention(), rd + "retention", premium);
        checkMoney(r.deductible(), rd + "deductible", premium);
        if (premium.isNegative()) {
            throw ApiProblem.invalid(rd + "premium.amount", "must not be negative");
        }
        Period.orderRefusal(r.periodStart(), r.periodEnd()).ifPresent(why -> {
            throw ApiProblem.invalid(rd + "periodEnd", why);
        });
        try {
            ZoneId.of(r.timeZone());
        } catch (java.time.DateTimeException e) {
            throw ApiProblem.invalid(rd + "timeZone", "must be an IANA time zone such as Asia/Shanghai");
        }
        Wire.lineShare(slip.securityDetails().orderShare(), prefix + "securityDetails.orderShare");
        if (r.cededShare() != null) {
            Wire.lineShare(r.cededShare(), rd + "cededShare");
        }
        Wire.percentage(slip.brokerRemuneration().brokerage(), prefix + "brokerRemuneration.brokerage");
        String commission = slip.brokerRemuneration().cedingCommission();
        if (commission != null) {
            Wire.percentage(commission, prefix + "brokerRemuneration.cedingCommission");
        }
    }

    /** Wire path of each of {@code domain}'s {@link PricedTerms} components. */
    private static final java.util.Map<String, String> PRICED_FIELDS = java.util.Map.ofEntries(
            java.util.Map.entry("contractKind", "contractKind"), java.util.Map.entry("inception", "riskDetails.periodStart"),
            java.util.Map.entry("expiry", "riskDetails.periodEnd"), java.util.Map.entry("timeZone", "riskDetails.timeZone"),
            java.util.Map.entry("currency", "riskDetails.premium.currency"), java.util.Map.entry("limit", "riskDetails.limit"),
            java.util.Map.entry("sumInsured", "riskDetails.sumInsured"), java.util.Map.entry("excess", "riskDetails.excess"),
            java.util.Map.entry("retention", "riskDetails.retention"), java.util.Map.entry("deductible", "riskDetails.deductible"),
            java.util.Map.entry("cededShare", "riskDetails.cededShare"), java.util.Map.entry("order", "securityDetails.orderShare"));

    /** The wire field of the first term a quote priced that {@code changed} alters ({@code domain}'s rule), or empty. */
    public static java.util.Optional<String> pricedTermChange(Slip quoted, Slip changed) {
        return priced(quoted).firstChange(priced(changed)).map(PRICED_FIELDS::get);
    }

    private static PricedTerms priced(Slip s) {
        RiskDetails r = s.riskDetails();
        return new PricedTerms(s.contractKind() == null ? null : s.contractKind().name(), r.periodStart(), r.periodEnd(), r.timeZone(),
                r.premium() == null ? null : r.premium().currency(), domainMoney(r.limit()), domainMoney(r.sumInsured()),
                domainMoney(r.excess()), domainMoney(r.retention()), domainMoney(r.deductible()),
                r.cededShare() == null ? null : Share.of(r.cededShare()),
                s.securityDetails() == null || s.securityDetails().orderShare() == null ? null : Share.of(s.securityDetails().orderShare()));
    }

    private static io.redesk.domain.money.Money domainMoney(Money m) {
        return m == null ? null : io.redesk.domain.money.Money.of(m.amount(), m.currency());
    }

    private static void checkMoney(Money m, String field, io.redesk.domain.money.Money premium) {
        if (m == null) {
            return;
        }
        io.redesk.domain.money.Money v = Wire.money(m, field);
        if (!v.isSameCurrency(premium)) {
            throw ApiProblem.rule("CURRENCY_MISMATCH", field + ".currency", "must be in the premium's currency "
                    + premium.currency().getCurrencyCode());
        }
        if (v.isNegative()) {
            throw ApiProblem.invalid(field + ".amount", "must not be negative");
        }
    }
}
