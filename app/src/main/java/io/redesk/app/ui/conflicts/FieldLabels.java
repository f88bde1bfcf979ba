package io.redesk.app.ui.conflicts;

import static io.redesk.app.i18n.Localization.key;

import java.util.Map;
import java.util.function.Function;

/**
 * What the sync issues page calls a field of the exchange's documents: the label the user knows from
 * the slip editor or the underwriter's forms ("Premium", "Written line % of the order"), never the wire
 * path ({@code riskDetails.premium.amount}, {@code writtenShare}). A path nobody named keeps its wire
 * name, so nothing is hidden.
 */
final class FieldLabels {

    /** Wire path (slip-relative for slips, top level for requests) → message key. */
    private static final Map<String, String> KEYS = Map.ofEntries(
            // the exchange's slip (wire form, as WireSlipForms reads it)
            Map.entry("umr", key("slip.field.umr")),
            Map.entry("contractKind", key("slip.field.kind")),
            Map.entry("information", key("slip.field.information")),
            Map.entry("riskDetails.reinsured", key("slip.field.reinsured")),
            Map.entry("riskDetails.insured", key("slip.field.insured")),
            Map.entry("riskDetails.periodStart", key("slip.field.inception")),
            Map.entry("riskDetails.periodEnd", key("slip.field.expiry")),
            Map.entry("riskDetails.timeZone", key("slip.field.timeZone")),
            Map.entry("riskDetails.interest", key("slip.field.interest")),
            Map.entry("riskDetails.currency", key("slip.field.currency")),
            Map.entry("riskDetails.sumInsured", key("slip.field.sumInsured")),
            Map.entry("riskDetails.cededShare", key("slip.field.cededShare")),
            Map.entry("riskDetails.limit", key("slip.field.limit")),
            Map.entry("riskDetails.excess", key("slip.field.excess")),
            Map.entry("riskDetails.retention", key("slip.field.retention")),
            Map.entry("riskDetails.territorialScope", key("slip.field.territorialScope")),
            Map.entry("riskDetails.conditions", key("slip.field.conditions")),
            Map.entry("riskDetails.exclusions", key("slip.field.exclusions")),
            Map.entry("riskDetails.choiceOfLaw", key("slip.field.choiceOfLaw")),
            Map.entry("riskDetails.jurisdiction", key("slip.field.jurisdiction")),
            Map.entry("riskDetails.premium", key("slip.field.premium")),
            Map.entry("riskDetails.paymentTerms", key("slip.field.paymentTerms")),
            Map.entry("riskDetails.taxes", key("slip.field.taxes")),
            Map.entry("riskDetails.subjectivities", key("slip.field.subjectivities")),
            Map.entry("securityDetails.orderShare", key("slip.field.orderHereon")),
            Map.entry("securityDetails.basisOfWrittenLines", key("slip.field.basisOfWrittenLines")),
            Map.entry("securityDetails.signingProvisions", key("slip.field.signingProvisions")),
            Map.entry("subscriptionAgreement.slipLeader", key("slip.field.slipLeader")),
            Map.entry("subscriptionAgreement.agreementParties", key("slip.field.agreementParties")),
            Map.entry("subscriptionAgreement.claimsAgreementBasis", key("slip.field.claimsAgreementBasis")),
            Map.entry("fiscalRegulatory.taxPayable", key("slip.field.taxPayable")),
            Map.entry("fiscalRegulatory.countryOfOrigin", key("slip.field.countryOfOrigin")),
            Map.entry("fiscalRegulatory.regulatoryClass", key("slip.field.regulatoryClass")),
            Map.entry("brokerRemuneration.brokerage", key("slip.field.brokerage")),
            Map.entry("brokerRemuneration.otherDeductions", key("slip.field.otherDeductions")),
            Map.entry("riskDetails.type", key("sync.field.riskType")),
            Map.entry("riskDetails.deductible", key("sync.field.deductible")),
            Map.entry("riskDetails.lines", key("slip.field.lines")),
            Map.entry("riskDetails.reinstatementRates", key("slip.field.reinstatements")),
            Map.entry("riskDetails.aggregateLimit", key("slip.field.aggregateLimit")),
            Map.entry("riskDetails.stopLossAttachment", key("slip.field.attachment")),
            Map.entry("riskDetails.stopLossLimit", key("slip.field.limit")),
            Map.entry("subscriptionAgreement.claimsAdministration", key("slip.field.claimsAdministration")),
            Map.entry("fiscalRegulatory.crossBorderRmb", key("slip.field.crossBorderRmb")),
            // the requests' own fields (quote terms, lines, workflow moves)
            Map.entry("title", key("slips.col.title")),
            Map.entry("premium", key("uw.quote.premium")),
            Map.entry("rate", key("uw.quote.rate")),
            Map.entry("capacity", key("uw.quote.capacity")),
            Map.entry("validUntil", key("uw.quote.validUntil")),
            Map.entry("subjectivities", key("uw.quote.subjectivities")),
            Map.entry("writtenShare", key("uw.line.written")),
            Map.entry("toStand", key("uw.line.toStand")),
            Map.entry("conditions", key("uw.line.conditions")),
            Map.entry("underwriterReference", key("uw.line.reference")),
            Map.entry("orderShare", key("slip.field.orderHereon")),
            Map.entry("reason", key("sync.field.reason")),
            Map.entry("status", key("sync.field.status")),
            Map.entry("version", key("sync.field.version")),
            Map.entry("effectiveDate", key("endorse.effective")),
            Map.entry("description", key("endorse.description")));

    private FieldLabels() {
    }

    /** The label of wire path {@code path} in the user's language ({@code text} looks a key up). */
    static String label(String path, Function<String, String> text) {
        String p = path.startsWith("slip.") ? path.substring("slip.".length()) : path;
        String suffix = "";
        int dot = p.lastIndexOf('.');
        if (dot > 0 && p.substring(dot + 1).chars().allMatch(Character::isDigit)) {
            // one item of a list: "Subjectivities #2"
            suffix = " #" + (Integer.parseInt(p.substring(dot + 1)) + 1);
            p = p.substring(0, dot);
        } else if (p.endsWith(".amount") && KEYS.containsKey(p.substring(0, p.length() - ".amount".length()))) {
            p = p.substring(0, p.length() - ".amount".length());
        } else if (p.endsWith(".currency") && KEYS.containsKey(p.substring(0, p.length() - ".currency".length()))) {
            suffix = " · " + text.apply(key("slip.field.currency"));
            p = p.substring(0, p.length() - ".currency".length());
        }
        String k = KEYS.get(p);
        return k == null ? path : text.apply(k) + suffix;
    }
}
