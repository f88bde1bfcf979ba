package io.redesk.app.desk;

import static io.redesk.app.i18n.Localization.key;

import io.redesk.domain.slip.ContractType;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Every field of the slip editor, in layout order: its domain field path (the name
 * {@code io.redesk.domain.slip.SlipValidator} uses in its errors, so an error lands on its field), its
 * MRC section, how it is typed in, and its label key. Cover fields apply only to the contract types
 * they belong to.
 */
public enum SlipField {
    UMR("riskDetails.umr", SlipSection.RISK_DETAILS, Input.TEXT, key("slip.field.umr")),
    KIND("riskDetails.kind", SlipSection.RISK_DETAILS, Input.KIND, key("slip.field.kind")),
    REINSURED("riskDetails.reinsured", SlipSection.RISK_DETAILS, Input.TEXT, key("slip.field.reinsured")),
    INSURED("riskDetails.insured", SlipSection.RISK_DETAILS, Input.TEXT, key("slip.field.insured")),
    INCEPTION("riskDetails.period.inception", SlipSection.RISK_DETAILS, Input.DATE, key("slip.field.inception")),
    EXPIRY("riskDetails.period.expiry", SlipSection.RISK_DETAILS, Input.DATE, key("slip.field.expiry")),
    TIME_ZONE("riskDetails.period.timeZone", SlipSection.RISK_DETAILS, Input.TEXT, key("slip.field.timeZone")),
    INTEREST("riskDetails.interest", SlipSection.RISK_DETAILS, Input.AREA, key("slip.field.interest")),
    CURRENCY("riskDetails.currency", SlipSection.RISK_DETAILS, Input.TEXT, key("slip.field.currency")),
    SUM_INSURED("riskDetails.sumInsured", SlipSection.RISK_DETAILS, Input.MONEY, key("slip.field.sumInsured")),
    CEDED_SHARE("riskDetails.cover.cededShare", SlipSection.RISK_DETAILS, Input.SHARE, key("slip.field.cededShare"),
            ContractType.QUOTA_SHARE),
    LIMIT_PER_RISK("riskDetails.cover.limitPerRisk", SlipSection.RISK_DETAILS, Input.MONEY,
            key("slip.field.limitPerRisk"), ContractType.QUOTA_SHARE),
    RETENTION("riskDetails.cover.retention", SlipSection.RISK_DETAILS, Input.MONEY, key("slip.field.retention"),
            ContractType.SURPLUS),
    LINES("riskDetails.cover.lines", SlipSection.RISK_DETAILS, Input.INTEGER, key("slip.field.lines"),
            ContractType.SURPLUS),
    LIMIT("riskDetails.cover.limit", SlipSection.RISK_DETAILS, Input.MONEY, key("slip.field.limit"),
            ContractType.PER_RISK_XL, ContractType.CAT_XL, ContractType.STOP_LOSS),
    EXCESS("riskDetails.cover.excess", SlipSection.RISK_DETAILS, Input.MONEY, key("slip.field.excess"),
            ContractType.PER_RISK_XL, ContractType.CAT_XL),
    REINSTATEMENTS("riskDetails.cover.reinstatementRates", SlipSection.RISK_DETAILS, Input.TEXT,
            key("slip.field.reinstatements"), ContractType.PER_RISK_XL, ContractType.CAT_XL),
    AGGREGATE_LIMIT("riskDetails.cover.aggregateLimit", SlipSection.RISK_DETAILS, Input.MONEY,
            key("slip.field.aggregateLimit"), ContractType.PER_RISK_XL, ContractType.CAT_XL),
    ATTACHMENT("riskDetails.cover.attachment", SlipSection.RISK_DETAILS, Input.SHARE, key("slip.field.attachment"),
            ContractType.STOP_LOSS),
    TERRITORIAL_SCOPE("riskDetails.territorialScope", SlipSection.RISK_DETAILS, Input.TEXT,
            key("slip.field.territorialScope")),
    CONDITIONS("riskDetails.conditions", SlipSection.RISK_DETAILS, Input.LIST, key("slip.field.conditions")),
    EXCLUSIONS("riskDetails.exclusions", SlipSection.RISK_DETAILS, Input.LIST, key("slip.field.exclusions")),
    CHOICE_OF_LAW("riskDetails.choiceOfLaw", SlipSection.RISK_DETAILS, Input.TEXT, key("slip.field.choiceOfLaw")),
    JURISDICTION("riskDetails.jurisdiction", SlipSection.RISK_DETAILS, Input.TEXT, key("slip.field.jurisdiction")),
    PREMIUM("riskDetails.premium", SlipSection.RISK_DETAILS, Input.MONEY, key("slip.field.premium")),
    PAYMENT_TERMS("riskDetails.paymentTerms", SlipSection.RISK_DETAILS, Input.TEXT, key("slip.field.paymentTerms")),
    TAXES("riskDetails.taxes", SlipSection.RISK_DETAILS, Input.TEXT, key("slip.field.taxes")),
    SUBJECTIVITIES("riskDetails.subjectivities", SlipSection.RISK_DETAILS, Input.LIST,
            key("slip.field.subjectivities")),
    INFORMATION("information.text", SlipSection.INFORMATION, Input.AREA, key("slip.field.information")),
    ORDER_HEREON("securityDetails.orderHereon", SlipSection.SECURITY_DETAILS, Input.SHARE,
            key("slip.field.orderHereon")),
    WRITTEN_LINE_BASIS("securityDetails.basisOfWrittenLines", SlipSection.SECURITY_DETAILS, Input.LINE_BASIS,
            key("slip.field.basisOfWrittenLines")),
    SIGNING_PROVISIONS("securityDetails.signingProvisions", SlipSection.SECURITY_DETAILS, Input.AREA,
            key("slip.field.signingProvisions")),
    SLIP_LEADER("subscriptionAgreement.slipLeaderId", SlipSection.SUBSCRIPTION_AGREEMENT, Input.TEXT,
            key("slip.field.slipLeader")),
    AGREEMENT_PARTIES("subscriptionAgreement.agreementParties", SlipSection.SUBSCRIPTION_AGREEMENT, Input.LIST,
            key("slip.field.agreementParties")),
    CLAIMS_BASIS("subscriptionAgreement.claimsAgreementBasis", SlipSection.SUBSCRIPTION_AGREEMENT, Input.CLAIMS_BASIS,
            key("slip.field.claimsAgreementBasis")),
    CLAIMS_ADMINISTRATION("subscriptionAgreement.claimsAdministration", SlipSection.SUBSCRIPTION_AGREEMENT,
            Input.TEXT, key("slip.field.claimsAdministration")),
    TAX_PAYABLE("fiscalAndRegulatory.taxPayable", SlipSection.FISCAL_AND_REGULATORY, Input.TEXT,
            key("slip.field.taxPayable")),
    COUNTRY_OF_ORIGIN("fiscalAndRegulatory.countryOfOrigin", SlipSection.FISCAL_AND_REGULATORY, Input.TEXT,
            key("slip.field.countryOfOrigin")),
    REGULATORY_CLASS("fiscalAndRegulatory.regulatoryClass", SlipSection.FISCAL_AND_REGULATORY, Input.TEXT,
            key("slip.field.regulatoryClass")),
    CROSS_BORDER_RMB("fiscalAndRegulatory.crossBorderRmb", SlipSection.FISCAL_AND_REGULATORY, Input.BOOLEAN,
            key("slip.field.crossBorderRmb")),
    BROKERAGE("brokerRemuneration.brokerage", SlipSection.BROKER_REMUNERATION, Input.SHARE,
            key("slip.field.brokerage")),
    OTHER_DEDUCTIONS("brokerRemuneration.otherDeductions", SlipSection.BROKER_REMUNERATION, Input.LIST,
            key("slip.field.otherDeductions"));

    /** How a field is typed in; the form parses each kind into its domain type. */
    public enum Input { TEXT, AREA, LIST, MONEY, SHARE, DATE, INTEGER, BOOLEAN, KIND, LINE_BASIS, CLAIMS_BASIS }

    private final String path;
    private final SlipSection section;
    private final Input input;
    private final String labelKey;
    private final Set<ContractType> onlyFor;

    SlipField(String path, SlipSection section, Input input, String labelKey, ContractType... onlyFor) {
        this.path = path;
        this.section = section;
        this.input = input;
        this.labelKey = labelKey;
        this.onlyFor = onlyFor.length == 0 ? EnumSet.allOf(ContractType.class) : EnumSet.of(onlyFor[0], onlyFor);
    }

    /** The domain's field name for this field (as in {@code FieldError.field()}). */
    public String path() {
        return path;
    }

    public SlipSection section() {
        return section;
    }

    public Input input() {
        return input;
    }

    /** Message key of the field's label. */
    public String labelKey() {
        return labelKey;
    }

    /** Whether this field is part of a slip of contract type {@code type}. */
    public boolean appliesTo(ContractType type) {
        return type == null ? onlyFor.size() == ContractType.values().length : onlyFor.contains(type);
    }

    /**
     * The field a domain error names: an exact path match, else the longest field path the error's
     * path starts with (so {@code riskDetails.cover.reinstatementRates[0]} lands on the reinstatements
     * field), else the section-level field of the nearest parent ({@code riskDetails.cover} → limit).
     */
    public static Optional<SlipField> forPath(String errorPath) {
        SlipField best = null;
        for (SlipField f : values()) {
            if (errorPath.equals(f.path)) {
                return Optional.of(f);
            }
            if (errorPath.startsWith(f.path) && (best == null || f.path.length() > best.path.length())) {
                best = f;
            }
        }
        if (best == null && errorPath.equals("riskDetails.cover")) {
            best = KIND;
        }
        if (best == null && errorPath.startsWith("riskDetails.period")) {
            best = INCEPTION;
        }
        if (best == null && errorPath.startsWith("securityDetails.lines")) {
            best = ORDER_HEREON;
        }
        return Optional.ofNullable(best);
    }
}
