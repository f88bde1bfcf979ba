package io.redesk.exchange.placement;

import io.redesk.domain.money.Share;
import io.redesk.exchange.http.ApiProblem;
import io.redesk.exchange.http.Wire;
import io.redesk.sdk.model.Money;
import io.redesk.sdk.model.placement.RiskDetails;
import io.redesk.sdk.model.placement.Slip;
import java.time.ZoneId;

/**
 * Checks a slip beyond its schema: amounts exact in their currency (through {@code domain}'s Money),
 * one currency for the limit and premium, a period that ends after it starts in a real time zone, an
 * order (and a ceded share, when given) above 0 and at most 100%. Each refusal names the field, under {@code prefix}.
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
        if (!r.periodEnd().isAfter(r.periodStart())) {
            throw ApiProblem.invalid(rd + "periodEnd", "must be after periodStart");
        }
        try {
            ZoneId.of(r.timeZone());
        } catch (java.time.DateTimeException e) {
            throw ApiProblem.invalid(rd + "timeZone", "must be an IANA time zone such as Asia/Shanghai");
        }
        Wire.lineShare(slip.securityDetails().orderShare(), prefix + "securityDetails.orderShare");
        if (r.cededShare() != null) {
            Wire.lineShare(r.cededShare(), rd + "cededShare");
        }
        Wire.share(slip.brokerRemuneration().brokerage(), prefix + "brokerRemuneration.brokerage");
        String commission = slip.brokerRemuneration().cedingCommission();
        if (commission != null && Wire.share(commission, prefix + "brokerRemuneration.cedingCommission").exceeds(Share.HUNDRED)) {
            throw ApiProblem.invalid(prefix + "brokerRemuneration.cedingCommission", "must be at most 100");
        }
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
