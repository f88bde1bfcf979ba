package io.redesk.app.underwriting;

import io.redesk.sdk.model.Money;
import io.redesk.sdk.model.placement.BrokerRemuneration;
import io.redesk.sdk.model.placement.FiscalRegulatory;
import io.redesk.sdk.model.placement.RiskDetails;
import io.redesk.sdk.model.placement.SecurityDetails;
import io.redesk.sdk.model.placement.Slip;
import io.redesk.sdk.model.placement.SubscriptionAgreement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The MRC slip as read-only rows, section by section, for the underwriter's review. Empty fields are
 * left out (a slip section the broker did not fill says nothing); lists are joined one item a line.
 */
public final class SlipSheet {

    /** MRC sections, in slip order. */
    public enum Section { RISK, INFORMATION, SECURITY, SUBSCRIPTION, FISCAL, REMUNERATION }

    /** Slip fields shown. */
    public enum Field {
        UMR, CONTRACT_KIND, TYPE, REINSURED, INSURED, PERIOD, INTEREST, LIMIT, SUM_INSURED, EXCESS, RETENTION,
        DEDUCTIBLE, TERRITORY, CONDITIONS, EXCLUSIONS, LAW, JURISDICTION, PREMIUM, PAYMENT_TERMS, TAXES,
        SUBJECTIVITIES, INFORMATION, ORDER_SHARE, BASIS_OF_LINES, SIGNING_PROVISIONS, SLIP_LEADER,
        AGREEMENT_PARTIES, CLAIMS_BASIS, TAX_PAYABLE, COUNTRY_OF_ORIGIN, REGULATORY_CLASS, BROKERAGE,
        OTHER_DEDUCTIONS
    }

    /** One row: its section, field and display value. */
    public record Row(Section section, Field field, String value) {
        public Row {
            Objects.requireNonNull(section, "section");
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(value, "value");
        }
    }

    private SlipSheet() {
    }

    /** The rows of {@code slip}; {@code money} and {@code date} format values in the user's locale. */
    public static List<Row> rows(Slip slip, Function<Money, String> money, Function<LocalDate, String> date) {
        List<Row> rows = new ArrayList<>();
        if (slip == null) {
            return rows;
        }
        RiskDetails r = slip.riskDetails();
        add(rows, Section.RISK, Field.UMR, slip.umr());
        add(rows, Section.RISK, Field.CONTRACT_KIND, slip.contractKind() == null ? null : slip.contractKind().name());
        if (r != null) {
            add(rows, Section.RISK, Field.TYPE, r.type());
            add(rows, Section.RISK, Field.REINSURED, r.reinsured());
            add(rows, Section.RISK, Field.INSURED, r.insured());
            if (r.periodStart() != null && r.periodEnd() != null) {
                add(rows, Section.RISK, Field.PERIOD, date.apply(r.periodStart()) + " – " + date.apply(r.periodEnd())
                        + (r.timeZone() == null ? "" : " (" + r.timeZone() + ")"));
            }
            add(rows, Section.RISK, Field.INTEREST, r.interest());
            add(rows, Section.RISK, Field.LIMIT, fmt(money, r.limit()));
            add(rows, Section.RISK, Field.SUM_INSURED, fmt(money, r.sumInsured()));
            add(rows, Section.RISK, Field.EXCESS, fmt(money, r.excess()));
            add(rows, Section.RISK, Field.RETENTION, fmt(money, r.retention()));
            add(rows, Section.RISK, Field.DEDUCTIBLE, fmt(money, r.deductible()));
            add(rows, Section.RISK, Field.TERRITORY, r.territorialScope());
            add(rows, Section.RISK, Field.CONDITIONS, join(r.conditions()));
            add(rows, Section.RISK, Field.EXCLUSIONS, join(r.exclusions()));
            add(rows, Section.RISK, Field.LAW, r.choiceOfLaw());
            add(rows, Section.RISK, Field.JURISDICTION, r.jurisdiction());
            add(rows, Section.RISK, Field.PREMIUM, fmt(money, r.premium()));
            add(rows, Section.RISK, Field.PAYMENT_TERMS, r.paymentTerms());
            add(rows, Section.RISK, Field.TAXES, r.taxes());
            add(rows, Section.RISK, Field.SUBJECTIVITIES, join(r.subjectivities()));
        }
        add(rows, Section.INFORMATION, Field.INFORMATION, slip.information());
        SecurityDetails s = slip.securityDetails();
        if (s != null) {
            add(rows, Section.SECURITY, Field.ORDER_SHARE, s.orderShare() == null ? null : s.orderShare() + "%");
            add(rows, Section.SECURITY, Field.BASIS_OF_LINES, s.basisOfWrittenLines());
            add(rows, Section.SECURITY, Field.SIGNING_PROVISIONS, s.signingProvisions());
        }
        SubscriptionAgreement a = slip.subscriptionAgreement();
        if (a != null) {
            add(rows, Section.SUBSCRIPTION, Field.SLIP_LEADER, a.slipLeader());
            add(rows, Section.SUBSCRIPTION, Field.AGREEMENT_PARTIES, a.agreementParties());
            add(rows, Section.SUBSCRIPTION, Field.CLAIMS_BASIS, a.claimsAgreementBasis());
        }
        FiscalRegulatory f = slip.fiscalRegulatory();
        if (f != null) {
            add(rows, Section.FISCAL, Field.TAX_PAYABLE, f.taxPayable());
            add(rows, Section.FISCAL, Field.COUNTRY_OF_ORIGIN, f.countryOfOrigin());
            add(rows, Section.FISCAL, Field.REGULATORY_CLASS, f.regulatoryClass());
        }
        BrokerRemuneration b = slip.brokerRemuneration();
        if (b != null) {
            add(rows, Section.REMUNERATION, Field.BROKERAGE, b.brokerage() == null ? null : b.brokerage() + "%");
            add(rows, Section.REMUNERATION, Field.OTHER_DEDUCTIONS, b.otherDeductions());
        }
        return List.copyOf(rows);
    }

    private static void add(List<Row> rows, Section section, Field field, String value) {
        if (value != null && !value.isBlank()) {
            rows.add(new Row(section, field, value));
        }
    }

    private static String fmt(Function<Money, String> money, Money m) {
        return m == null ? null : money.apply(m);
    }

    private static String join(List<String> items) {
        return items == null || items.isEmpty() ? null : String.join("\n", items);
    }
}
