package io.redesk.app.desk;

import static io.redesk.app.i18n.Localization.key;

/**
 * The six sections of a Market Reform Contract slip (DESIGN.md §2), in the order the editor and
 * the PDF lay them out.
 */
public enum SlipSection {
    RISK_DETAILS(key("slip.section.riskDetails")),
    INFORMATION(key("slip.section.information")),
    SECURITY_DETAILS(key("slip.section.securityDetails")),
    SUBSCRIPTION_AGREEMENT(key("slip.section.subscriptionAgreement")),
    FISCAL_AND_REGULATORY(key("slip.section.fiscalAndRegulatory")),
    BROKER_REMUNERATION(key("slip.section.brokerRemuneration"));

    private final String titleKey;

    SlipSection(String titleKey) {
        this.titleKey = titleKey;
    }

    /** Message key of the section's heading. */
    public String titleKey() {
        return titleKey;
    }
}
