package io.redesk.app.desk;

import static io.redesk.app.i18n.Localization.key;

import java.time.LocalDate;
import java.util.List;

/**
 * Built-in slip templates: the usual shapes of a Shanghai-market slip, pre-filled with the standard
 * wordings so a broker starts from a complete structure and only types the risk. A template never
 * carries a UMR or dates of a real contract.
 */
public final class SlipTemplates {

    /** One template: a message key for its name and the form it starts from. */
    public record Template(String id, String nameKey, SlipForm form) {
    }

    private SlipTemplates() {
    }

    /** The templates, for a new slip starting on {@code inception}. */
    public static List<Template> all(LocalDate inception) {
        SlipForm common = SlipForm.empty()
                .with(SlipField.INCEPTION, inception.toString())
                .with(SlipField.EXPIRY, inception.plusYears(1).minusDays(1).toString())
                .with(SlipField.TIME_ZONE, "Asia/Shanghai")
                .with(SlipField.CURRENCY, "CNY")
                .with(SlipField.CHOICE_OF_LAW, "PRC law")
                .with(SlipField.JURISDICTION, "Shanghai courts")
                .with(SlipField.PAYMENT_TERMS, "Quarterly in arrears, 60 days")
                .with(SlipField.TAXES, "VAT as applicable")
                .with(SlipField.ORDER_HEREON, "100")
                .with(SlipField.WRITTEN_LINE_BASIS, "PERCENTAGE_OF_ORDER")
                .with(SlipField.SIGNING_PROVISIONS, "Signed down proportionally if over-subscribed; to-stand lines kept")
                .with(SlipField.CLAIMS_BASIS, "LEADER_ONLY")
                .with(SlipField.TAX_PAYABLE, "VAT as applicable")
                .with(SlipField.COUNTRY_OF_ORIGIN, "CN")
                .with(SlipField.BROKERAGE, "2.5");
        return List.of(
                new Template("fac-property-qs", key("slip.template.facProperty"), common
                        .with(SlipField.KIND, "FAC_PROPORTIONAL")
                        .with(SlipField.REGULATORY_CLASS, "Property")
                        .with(SlipField.TERRITORIAL_SCOPE, "PRC")
                        .with(SlipField.CEDED_SHARE, "100")
                        .with(SlipField.CONDITIONS, "Fifty-fifty claims agreement")
                        .with(SlipField.EXCLUSIONS, "War and allied perils\nNuclear energy risks")
                        .with(SlipField.SUBJECTIVITIES, "Satisfactory survey report | " + inception.minusDays(15))),
                new Template("cat-xl-treaty", key("slip.template.catXl"), common
                        .with(SlipField.KIND, "CAT_EXCESS_OF_LOSS")
                        .with(SlipField.REGULATORY_CLASS, "Property catastrophe")
                        .with(SlipField.TERRITORIAL_SCOPE, "PRC")
                        .with(SlipField.REINSTATEMENTS, "100")
                        .with(SlipField.CONDITIONS, "Hours clause: 72 hours")
                        .with(SlipField.EXCLUSIONS, "War and allied perils\nNuclear energy risks")),
                new Template("quota-share-treaty", key("slip.template.quotaShare"), common
                        .with(SlipField.KIND, "QUOTA_SHARE")
                        .with(SlipField.REGULATORY_CLASS, "Property")
                        .with(SlipField.TERRITORIAL_SCOPE, "Worldwide")
                        .with(SlipField.CEDED_SHARE, "40")
                        .with(SlipField.EXCLUSIONS, "War and allied perils")));
    }
}
