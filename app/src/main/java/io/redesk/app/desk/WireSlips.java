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
                r.paymentTerms(), r.taxes(), r.subjectivities().stream().map(WireSlips::subjectivity).toList(),
                r.cover() instanceof Cover.QuotaShareCover qs ? share(qs.cededShare()) : null);
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

    /**
     * A subjectivity as the exchange's slip carries it: plain text, so its deadline travels in the form
     * the editor reads back ("Survey report | 2027-01-31"). Sent as the text alone, the deadline was lost
     * and a slip opened from the exchange failed the submission check ("deadline required").
     */
    static String subjectivity(Subjectivity s) {
        return s.deadline() == null ? s.text() : s.text() + " | " + s.deadline();
    }
}
