package io.redesk.app.desk;

import io.redesk.domain.line.Subjectivity;
import io.redesk.domain.money.Money;
import io.redesk.domain.money.Share;
import io.redesk.domain.slip.Cover;
import io.redesk.domain.slip.RiskDetails;
import io.redesk.domain.slip.Slip;
import io.redesk.sdk.model.placement.BrokerRemuneration;
import io.redesk.sdk.model.placement.ContractKind;
import io.redesk.sdk.model.placement.FiscalRegulatory;
import io.redesk.sdk.model.placement.SecurityDetails;
import io.redesk.sdk.model.placement.SubscriptionAgreement;

import java.util.stream.Collectors;

/**
 * Turns the editor's domain {@link Slip} into the exchange's wire slip ({@code io.redesk.sdk.model}).
 * The wire form is flatter (texts where the domain has lists, one {@code limit}); this is the only place
 * that knows how the two line up.
 */
public final class WireSlips {

    private WireSlips() {
    }

    /** The wire slip for a slip that passed {@code SlipStage.SUBMISSION} validation. */
    public static io.redesk.sdk.model.placement.Slip toWire(Slip slip) {
        RiskDetails r = slip.riskDetails();
        io.redesk.sdk.model.placement.RiskDetails risk = new io.redesk.sdk.model.placement.RiskDetails(
                slip.fiscalAndRegulatory() != null && slip.fiscalAndRegulatory().regulatoryClass() != null
                        ? slip.fiscalAndRegulatory().regulatoryClass() : r.kind().code(),
                r.reinsured(), r.insured(), r.period().inception(), r.period().expiry(), r.period().timeZone().getId(),
                r.interest(), money(limit(r)), money(r.sumInsured()), money(excess(r.cover())), money(retention(r.cover())), null,
                r.territorialScope(), r.conditions(), r.exclusions(), r.choiceOfLaw(), r.jurisdiction(), money(r.premium()),
                r.paymentTerms(), r.taxes(), r.subjectivities().stream().map(Subjectivity::text).toList());
        var sec = slip.securityDetails();
        var sub = slip.subscriptionAgreement();
        var fis = slip.fiscalAndRegulatory();
        var rem = slip.brokerRemuneration();
        return new io.redesk.sdk.model.placement.Slip(r.umr(), ContractKind.valueOf(r.kind().code()), risk,
                slip.information() == null ? null : slip.information().text(),
                new SecurityDetails(share(sec.orderHereon()), sec.basisOfWrittenLines() == null ? null : sec.basisOfWrittenLines().name(),
                        sec.signingProvisions()),
                sub == null ? null : new SubscriptionAgreement(sub.slipLeaderId(), String.join(", ", sub.agreementParties()),
                        sub.claimsAgreementBasis() == null ? null : sub.claimsAgreementBasis().name()),
                fis == null ? null : new FiscalRegulatory(fis.taxPayable(), fis.countryOfOrigin(), fis.regulatoryClass()),
                new BrokerRemuneration(share(rem.brokerage()), rem.otherDeductions().isEmpty() ? null
                        : rem.otherDeductions().stream().map(d -> d.description() + ": " + share(d.percent()))
                        .collect(Collectors.joining("; "))));
    }

    /**
     * The editor's form for a slip as the exchange has it (a placement pulled by sync, or changed by
     * someone else): the inverse of {@link #toWire} field by field. The wire keeps one {@code limit};
     * it goes back to the cover field of the slip's contract type.
     */
    public static SlipForm toForm(io.redesk.sdk.model.placement.Slip w) {
        SlipForm f = SlipForm.empty().with(SlipField.UMR, w.umr())
                .with(SlipField.KIND, w.contractKind() == null ? null : w.contractKind().name())
                .with(SlipField.INFORMATION, w.information());
        var r = w.riskDetails();
        if (r != null) {
            f = f.with(SlipField.REINSURED, r.reinsured()).with(SlipField.INSURED, r.insured())
                    .with(SlipField.INCEPTION, r.periodStart() == null ? null : r.periodStart().toString())
                    .with(SlipField.EXPIRY, r.periodEnd() == null ? null : r.periodEnd().toString())
                    .with(SlipField.TIME_ZONE, r.timeZone()).with(SlipField.INTEREST, r.interest())
                    .with(SlipField.CURRENCY, r.premium() != null ? r.premium().currency()
                            : r.sumInsured() != null ? r.sumInsured().currency() : null)
                    .with(SlipField.SUM_INSURED, amount(r.sumInsured()))
                    .with(SlipField.TERRITORIAL_SCOPE, r.territorialScope())
                    .with(SlipField.CONDITIONS, lines(r.conditions())).with(SlipField.EXCLUSIONS, lines(r.exclusions()))
                    .with(SlipField.CHOICE_OF_LAW, r.choiceOfLaw()).with(SlipField.JURISDICTION, r.jurisdiction())
                    .with(SlipField.PREMIUM, amount(r.premium())).with(SlipField.PAYMENT_TERMS, r.paymentTerms())
                    .with(SlipField.TAXES, r.taxes()).with(SlipField.SUBJECTIVITIES, lines(r.subjectivities()));
            if (w.contractKind() != null) {
                var kind = io.redesk.domain.slip.ContractKind.ofCode(w.contractKind().name());
                f = switch (kind.type()) {
                    case QUOTA_SHARE -> f.with(SlipField.LIMIT_PER_RISK, amount(r.limit()));
                    case SURPLUS -> f.with(SlipField.RETENTION, amount(r.retention()));
                    case PER_RISK_XL, CAT_XL -> f.with(SlipField.LIMIT, amount(r.limit()))
                            .with(SlipField.EXCESS, amount(r.excess()));
                    case STOP_LOSS -> f.with(SlipField.LIMIT, amount(r.limit()));
                };
            }
        }
        if (w.securityDetails() != null) {
            f = f.with(SlipField.ORDER_HEREON, w.securityDetails().orderShare())
                    .with(SlipField.WRITTEN_LINE_BASIS, w.securityDetails().basisOfWrittenLines())
                    .with(SlipField.SIGNING_PROVISIONS, w.securityDetails().signingProvisions());
        }
        if (w.subscriptionAgreement() != null) {
            var a = w.subscriptionAgreement();
            f = f.with(SlipField.SLIP_LEADER, a.slipLeader())
                    .with(SlipField.AGREEMENT_PARTIES, a.agreementParties() == null ? null
                            : String.join("\n", a.agreementParties().split(",\\s*")))
                    .with(SlipField.CLAIMS_BASIS, a.claimsAgreementBasis());
        }
        if (w.fiscalRegulatory() != null) {
            f = f.with(SlipField.TAX_PAYABLE, w.fiscalRegulatory().taxPayable())
                    .with(SlipField.COUNTRY_OF_ORIGIN, w.fiscalRegulatory().countryOfOrigin())
                    .with(SlipField.REGULATORY_CLASS, w.fiscalRegulatory().regulatoryClass());
        }
        if (w.brokerRemuneration() != null) {
            f = f.with(SlipField.BROKERAGE, w.brokerRemuneration().brokerage())
                    .with(SlipField.OTHER_DEDUCTIONS, w.brokerRemuneration().otherDeductions() == null ? null
                            : String.join("\n", w.brokerRemuneration().otherDeductions().split(";\\s*")));
        }
        return f;
    }

    private static String amount(io.redesk.sdk.model.Money m) {
        return m == null ? null : m.amount();
    }

    private static String lines(java.util.List<String> items) {
        return items == null || items.isEmpty() ? null : String.join("\n", items);
    }

    /** The wire limit: the layer limit, else the per-risk limit, else the sum insured, else the premium. */
    private static Money limit(RiskDetails r) {
        if (r.cover() instanceof Cover.ExcessOfLossCover xl && xl.limit() != null) {
            return xl.limit();
        }
        if (r.cover() instanceof Cover.QuotaShareCover qs && qs.limitPerRisk() != null) {
            return qs.limitPerRisk();
        }
        if (r.cover() instanceof Cover.SurplusCover s && s.retention() != null && s.lines() != null) {
            return s.retention().multiply(s.lines().longValue());
        }
        return r.sumInsured() != null ? r.sumInsured() : r.premium();
    }

    private static Money excess(Cover c) {
        return c instanceof Cover.ExcessOfLossCover xl ? xl.excess() : null;
    }

    private static Money retention(Cover c) {
        return c instanceof Cover.SurplusCover s ? s.retention() : null;
    }

    static io.redesk.sdk.model.Money money(Money m) {
        return m == null ? null : io.redesk.sdk.model.Money.of(m.amount().toPlainString(), m.currency().getCurrencyCode());
    }

    static String share(Share s) {
        return s == null ? null : s.percent().toPlainString();
    }
}
