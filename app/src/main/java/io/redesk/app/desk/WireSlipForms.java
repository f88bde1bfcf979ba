package io.redesk.app.desk;

import com.fasterxml.jackson.databind.JsonNode;
import io.redesk.domain.slip.ClaimsAgreementBasis;
import io.redesk.domain.slip.WrittenLineBasis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a slip as the exchange sends it (the wire JSON of {@code io.redesk.sdk.model.placement.Slip},
 * which sync keeps in the vault's slip versions) into the editor's {@link SlipForm}, so a placement
 * that came from the exchange opens in the editor with its terms. The wire slip is flatter than the
 * editor's (one {@code limit}; the cover's terms only on slips saved since the contract carries them):
 * fields it does not carry stay empty and the submission check asks for them; nothing is invented.
 * Editing such a form sends only what changed ({@link WireSlips#overlay}).
 */
public final class WireSlipForms {

    private WireSlipForms() {
    }

    /** Whether {@code node} is a wire slip (as opposed to the editor's own field-path JSON). */
    public static boolean isWire(JsonNode node) {
        return node != null && node.path("riskDetails").isObject();
    }

    /** The editor form for wire slip {@code node}; the editor's own JSON is read as such. */
    public static SlipForm toForm(JsonNode node) {
        if (!isWire(node)) {
            return SlipForm.fromJson(node);
        }
        JsonNode r = node.path("riskDetails");
        String kind = text(node, "contractKind");
        SlipForm f = SlipForm.empty()
                .with(SlipField.UMR, text(node, "umr"))
                .with(SlipField.KIND, kind)
                .with(SlipField.REINSURED, text(r, "reinsured"))
                .with(SlipField.INSURED, text(r, "insured"))
                .with(SlipField.INCEPTION, text(r, "periodStart"))
                .with(SlipField.EXPIRY, text(r, "periodEnd"))
                .with(SlipField.TIME_ZONE, text(r, "timeZone"))
                .with(SlipField.INTEREST, text(r, "interest"))
                .with(SlipField.SUM_INSURED, amount(r.path("sumInsured")))
                .with(SlipField.TERRITORIAL_SCOPE, text(r, "territorialScope"))
                .with(SlipField.CONDITIONS, lines(r.path("conditions")))
                .with(SlipField.EXCLUSIONS, lines(r.path("exclusions")))
                .with(SlipField.CHOICE_OF_LAW, text(r, "choiceOfLaw"))
                .with(SlipField.JURISDICTION, text(r, "jurisdiction"))
                .with(SlipField.PREMIUM, amount(r.path("premium")))
                .with(SlipField.PAYMENT_TERMS, text(r, "paymentTerms"))
                .with(SlipField.TAXES, text(r, "taxes"))
                .with(SlipField.SUBJECTIVITIES, lines(r.path("subjectivities")))
                .with(SlipField.INFORMATION, text(node, "information"));
        String currency = text(r.path("premium"), "currency");
        f = f.with(SlipField.CURRENCY, currency.isEmpty() ? text(r.path("sumInsured"), "currency") : currency);
        // the wire's single limit is the layer limit of an XL and the per-risk limit of a quota share
        switch (kind) {
            case "PER_RISK_EXCESS_OF_LOSS", "CAT_EXCESS_OF_LOSS", "FAC_EXCESS_OF_LOSS" -> f = f
                    .with(SlipField.LIMIT, amount(r.path("limit"))).with(SlipField.EXCESS, amount(r.path("excess")))
                    .with(SlipField.REINSTATEMENTS, String.join(", ", list(r.path("reinstatementRates"))))
                    .with(SlipField.AGGREGATE_LIMIT, amount(r.path("aggregateLimit")));
            case "QUOTA_SHARE", "FAC_PROPORTIONAL" -> f = f.with(SlipField.LIMIT_PER_RISK, amount(r.path("limit")))
                    // absent from slips stored before the contract carried it: then the field stays empty
                    .with(SlipField.CEDED_SHARE, text(r, "cededShare"));
            case "SURPLUS" -> f = f.with(SlipField.RETENTION, amount(r.path("retention"))).with(SlipField.LINES, text(r, "lines"));
            case "STOP_LOSS" -> f = f.with(SlipField.ATTACHMENT, text(r, "stopLossAttachment"))
                    .with(SlipField.LIMIT, text(r, "stopLossLimit"));
            default -> { }
        }
        // fields of the wire the editor does not show (the risk type, a deductible, a retention on a
        // facultative slip) are not read here: WireSlips.overlay carries them from the exchange's slip
        JsonNode sec = node.path("securityDetails");
        f = f.with(SlipField.ORDER_HEREON, text(sec, "orderShare"))
                .with(SlipField.WRITTEN_LINE_BASIS, code(text(sec, "basisOfWrittenLines")))
                .with(SlipField.SIGNING_PROVISIONS, text(sec, "signingProvisions"));
        JsonNode sub = node.path("subscriptionAgreement");
        f = f.with(SlipField.SLIP_LEADER, text(sub, "slipLeader"))
                .with(SlipField.AGREEMENT_PARTIES, String.join("\n", split(text(sub, "agreementParties"), ",")))
                .with(SlipField.CLAIMS_BASIS, code(text(sub, "claimsAgreementBasis")))
                .with(SlipField.CLAIMS_ADMINISTRATION, text(sub, "claimsAdministration"));
        JsonNode fis = node.path("fiscalRegulatory");
        f = f.with(SlipField.TAX_PAYABLE, text(fis, "taxPayable"))
                .with(SlipField.COUNTRY_OF_ORIGIN, text(fis, "countryOfOrigin"))
                .with(SlipField.REGULATORY_CLASS, text(fis, "regulatoryClass"))
                .with(SlipField.CROSS_BORDER_RMB, fis.path("crossBorderRmb").asBoolean(false) ? "true" : null);
        JsonNode rem = node.path("brokerRemuneration");
        return f.with(SlipField.BROKERAGE, text(rem, "brokerage"))
                .with(SlipField.OTHER_DEDUCTIONS, String.join("\n", split(text(rem, "otherDeductions"), ";")));
    }

    /**
     * A choice's code from the wire's text: the code itself ({@code PERCENTAGE_OF_ORDER}) or its words
     * ("Percentage of the order", "Lead only"); the editor's drop-down then shows it in the user's
     * language. Text that names no choice is kept as written (the editor marks it for the user to pick).
     */
    static String code(String text) {
        if (text.isEmpty()) {
            return text;
        }
        String c = text.trim().toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_").replace("_THE_", "_")
                .replaceAll("^_|_$", "");
        List<Enum<?>> choices = new ArrayList<>(List.of(WrittenLineBasis.values()));
        choices.addAll(List.of(ClaimsAgreementBasis.values()));
        for (Enum<?> e : choices) {
            if (c.equals(e.name()) || c.equals(e.name().replace("LEADER", "LEAD"))) {
                return e.name();
            }
        }
        return text;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.path(field);
        return v.isValueNode() && !v.isNull() ? v.asText() : "";
    }

    private static String amount(JsonNode money) {
        return text(money, "amount");
    }

    private static String lines(JsonNode array) {
        return String.join("\n", list(array));
    }

    private static List<String> list(JsonNode array) {
        List<String> out = new ArrayList<>();
        if (array.isArray()) {
            array.forEach(v -> out.add(v.asText()));
        }
        return out;
    }

    private static List<String> split(String text, String separator) {
        List<String> out = new ArrayList<>();
        for (String s : text.split(separator)) {
            if (!s.isBlank()) {
                out.add(s.trim());
            }
        }
        return out;
    }
}
