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

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.redesk.sdk.model.WireJson;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Turns the editor's domain {@link Slip} into the exchange's wire slip ({@code io.redesk.sdk.model}),
 * and lays an edit onto the wire slip it was made from. The wire form is flatter (texts where the domain
 * has lists); this is the only place that knows how the two line up.
 *
 * <p>The mapping is exact (ADR 0810): every field the editor has goes to its own wire field, and an empty
 * field is sent absent, never filled from another one (the risk type is not the regulatory class, the
 * limit is not the sum insured). Fields the editor does not show (the risk type, a deductible, a
 * retention on a facultative slip) are never produced here: {@link #overlay} carries them from the
 * exchange's slip unchanged.
 */
public final class WireSlips {

    private static final ObjectMapper WIRE = WireJson.newMapper();

    private WireSlips() {
    }

    /** The wire slip for {@code slip}, field by field; absent domain fields are absent on the wire. */
    public static io.redesk.sdk.model.placement.Slip toWire(Slip slip) {
        RiskDetails r = slip.riskDetails();
        Cover c = r.cover();
        var xl = c instanceof Cover.ExcessOfLossCover x ? x : null;
        var qs = c instanceof Cover.QuotaShareCover q ? q : null;
        var surplus = c instanceof Cover.SurplusCover s ? s : null;
        var stopLoss = c instanceof Cover.StopLossCover s ? s : null;
        Money limit = xl != null ? xl.limit() : qs != null ? qs.limitPerRisk() : stopLoss != null ? stopLoss.monetaryLimit() : null;
        io.redesk.sdk.model.placement.RiskDetails risk = new io.redesk.sdk.model.placement.RiskDetails(
                null, r.reinsured(), r.insured(), r.period() == null ? null : r.period().inception(),
                r.period() == null ? null : r.period().expiry(), r.period() == null ? null : r.period().timeZone().getId(),
                r.interest(), money(limit), money(r.sumInsured()), money(xl == null ? null : xl.excess()),
                money(surplus == null ? null : surplus.retention()), null,
                r.territorialScope(), nullIfEmpty(r.conditions()), nullIfEmpty(r.exclusions()), r.choiceOfLaw(), r.jurisdiction(),
                money(r.premium()), r.paymentTerms(), r.taxes(),
                nullIfEmpty(r.subjectivities().stream().map(WireSlips::subjectivity).toList()),
                qs == null ? null : share(qs.cededShare()), surplus == null ? null : surplus.lines(),
                xl == null ? null : nullIfEmpty(xl.reinstatementRates().stream().map(WireSlips::share).toList()),
                money(xl == null ? null : xl.aggregateLimit()),
                stopLoss == null ? null : share(stopLoss.attachment()), stopLoss == null ? null : share(stopLoss.limit()));
        var sec = slip.securityDetails();
        var sub = slip.subscriptionAgreement();
        var fis = slip.fiscalAndRegulatory();
        var rem = slip.brokerRemuneration();
        return new io.redesk.sdk.model.placement.Slip(r.umr(), r.kind() == null ? null : ContractKind.valueOf(r.kind().code()), risk,
                slip.information() == null ? null : slip.information().text(),
                sec == null ? null : new SecurityDetails(share(sec.orderHereon()),
                        sec.basisOfWrittenLines() == null ? null : sec.basisOfWrittenLines().name(), sec.signingProvisions()),
                sub == null ? null : new SubscriptionAgreement(sub.slipLeaderId(),
                        sub.agreementParties().isEmpty() ? null : String.join(", ", sub.agreementParties()),
                        sub.claimsAgreementBasis() == null ? null : sub.claimsAgreementBasis().name(), sub.claimsAdministration()),
                fis == null ? null : new FiscalRegulatory(fis.taxPayable(), fis.countryOfOrigin(), fis.regulatoryClass(),
                        fis.crossBorderRmb() ? Boolean.TRUE : null),
                rem == null ? null : new BrokerRemuneration(share(rem.brokerage()), rem.otherDeductions().isEmpty() ? null
                        : rem.otherDeductions().stream().map(d -> d.description() + ": " + share(d.percent()))
                        .collect(Collectors.joining("; "))));
    }

    /**
     * The wire slip that {@code edited} makes of {@code base} (the exchange's slip the form was opened
     * from, as the vault keeps it): only what the user changed in the form, field by field, is laid onto
     * {@code base}; every other field of {@code base} is carried exactly as the exchange holds it, including
     * fields the editor does not show and texts the editor would write differently ("Percentage of the
     * order"). A field the user emptied is removed. A changed currency moves every amount of the risk
     * details with it (one slip, one currency). An unchanged form gives {@code base} back.
     */
    public static io.redesk.sdk.model.placement.Slip overlay(JsonNode base, SlipForm edited) {
        SlipForm opened = WireSlipForms.toForm(base);
        ObjectNode before = WIRE.valueToTree(toWire(opened.parse().slip()));
        ObjectNode after = WIRE.valueToTree(toWire(edited.parse().slip()));
        ObjectNode out = base.deepCopy();
        // the risk type and limit are optional now: a form can only change what it maps
        layChanges(before, after, out);
        if (!opened.get(SlipField.CURRENCY).equals(edited.get(SlipField.CURRENCY))) {
            String currency = after.path("riskDetails").path("premium").path("currency").asText(
                    edited.get(SlipField.CURRENCY).trim().toUpperCase(java.util.Locale.ROOT));
            out.path("riskDetails").forEach(v -> {
                if (v.isObject() && v.has("currency") && v.has("amount")) {
                    ((ObjectNode) v).put("currency", currency);
                }
            });
        }
        try {
            return WIRE.treeToValue(out, io.redesk.sdk.model.placement.Slip.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("not a wire slip: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * Sets on {@code out} every value where {@code after} differs from {@code before} (both mapped the same
     * way, so they differ exactly where the form changed), and removes what {@code after} no longer has.
     * Objects are compared member by member, lists and values as a whole.
     */
    private static void layChanges(ObjectNode before, ObjectNode after, ObjectNode out) {
        java.util.Set<String> names = new java.util.LinkedHashSet<>();
        before.fieldNames().forEachRemaining(names::add);
        after.fieldNames().forEachRemaining(names::add);
        for (String name : names) {
            JsonNode b = before.get(name);
            JsonNode a = after.get(name);
            if (java.util.Objects.equals(a, b)) {
                continue;
            }
            if (a != null && b != null && a.isObject() && b.isObject() && !isMoney(a)) {
                JsonNode target = out.get(name);
                if (target == null || !target.isObject()) {
                    target = out.putObject(name);
                }
                layChanges((ObjectNode) b, (ObjectNode) a, (ObjectNode) target);
            } else if (a == null) {
                out.remove(name);
            } else {
                out.set(name, a.deepCopy());
            }
        }
    }

    private static boolean isMoney(JsonNode n) {
        return n.has("amount") && n.has("currency");
    }

    private static <T> List<T> nullIfEmpty(List<T> list) {
        return list == null || list.isEmpty() ? null : list;
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
