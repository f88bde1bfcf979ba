package io.redesk.domain.slip;

import io.redesk.domain.line.Line;
import io.redesk.domain.line.Subjectivity;
import io.redesk.domain.money.Money;
import io.redesk.domain.money.Share;
import io.redesk.domain.validation.Errors;
import io.redesk.domain.validation.FieldError;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a {@link Slip} for a {@link SlipStage} and returns every problem as a {@link FieldError}
 * with a dotted field path ({@code riskDetails.period.expiry}, {@code securityDetails.lines[1].written}).
 * Never throws on bad content: the UI shows the list next to the fields, the server returns it in its
 * problem document.
 *
 * <p>At every stage, values that are present must be well-formed (UMR format, shares within 0–100%,
 * one currency for the money terms, a cover shape that matches the contract type, the period in
 * order). SUBMISSION also requires the risk details, fiscal/regulatory and remuneration sections;
 * FIRM_ORDER also requires the security details and the subscription agreement.
 */
public final class SlipValidator {

    /**
     * Unique market reference as the exchange contract defines it: 5–30 upper-case letters or digits,
     * no spaces (the London form, "B" + 4-digit broker code + up to 12 characters, is one case of it).
     */
    public static final Pattern UMR = Pattern.compile("[A-Z0-9]{5,30}");

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private SlipValidator() {
    }

    public static List<FieldError> validate(Slip slip, SlipStage stage) {
        Objects.requireNonNull(slip, "slip");
        Objects.requireNonNull(stage, "stage");
        Errors e = new Errors();
        boolean submit = stage != SlipStage.DRAFT;
        boolean firm = stage == SlipStage.FIRM_ORDER;

        if (slip.riskDetails() != null) {
            riskDetails(slip.riskDetails(), submit, e);
        } else if (submit) {
            e.require("riskDetails", null);
        }
        if (slip.securityDetails() != null) {
            securityDetails(slip.securityDetails(), firm, e);
        } else if (firm) {
            e.require("securityDetails", null);
        }
        if (slip.subscriptionAgreement() != null) {
            subscription(slip.subscriptionAgreement(), slip.securityDetails(), firm, e);
        } else if (firm) {
            e.require("subscriptionAgreement", null);
        }
        if (slip.fiscalAndRegulatory() != null) {
            fiscal(slip.fiscalAndRegulatory(), submit, e);
        } else if (submit) {
            e.require("fiscalAndRegulatory", null);
        }
        if (slip.brokerRemuneration() != null) {
            remuneration(slip.brokerRemuneration(), submit, e);
        } else if (submit) {
            e.require("brokerRemuneration", null);
        }
        return e.toList();
    }

    private static void riskDetails(RiskDetails r, boolean submit, Errors e) {
        String p = "riskDetails.";
        if (present(r.umr())) {
            if (!UMR.matcher(r.umr()).matches()) {
                e.add(p + "umr", "umr.format", "the UMR must be 5-30 upper-case letters or digits, no spaces; got '"
                        + r.umr() + "'");
            }
        } else if (submit) {
            e.require(p + "umr", null);
        }
        if (r.kind() != null) {
            if (!r.kind().isValid()) {
                e.add(p + "kind", "kind.treatyOnly", r.kind().type() + " exists only as a treaty, not facultative");
            }
        } else if (submit) {
            e.require(p + "kind", null);
        }
        boolean fac = r.kind() != null && r.kind().form() == ContractForm.FACULTATIVE;
        if (submit) {
            e.require(p + "reinsured", r.reinsured());
            e.require(p + "interest", r.interest());
            e.require(p + "territorialScope", r.territorialScope());
            e.require(p + "choiceOfLaw", r.choiceOfLaw());
            e.require(p + "jurisdiction", r.jurisdiction());
            e.require(p + "paymentTerms", r.paymentTerms());
            e.require(p + "premium", r.premium());
            e.require(p + "cover", r.cover());
            e.require(p + "period", r.period());
            if (fac) {
                e.require(p + "insured", r.insured());
                e.require(p + "sumInsured", r.sumInsured());
            }
        }
        if (r.period() != null) {
            period(r.period(), submit, e);
        }
        Money premium = r.premium();
        if (premium != null && premium.isNegative()) {
            e.add(p + "premium", "nonNegative", "the premium must not be negative");
        }
        if (r.sumInsured() != null) {
            if (!r.sumInsured().isPositive()) {
                e.add(p + "sumInsured", "positive", "the sum insured must be above zero");
            }
            sameCurrency(p + "sumInsured", r.sumInsured(), premium, e);
        }
        if (r.cover() != null) {
            cover(r.cover(), r.kind(), premium, e);
        }
        subjectivities(p + "subjectivities", r.subjectivities(), submit, e);
    }

    private static void period(Period period, boolean submit, Errors e) {
        String p = "riskDetails.period.";
        if (submit) {
            e.require(p + "inception", period.inception());
            e.require(p + "expiry", period.expiry());
            e.require(p + "timeZone", period.timeZone());
        }
        Period.orderRefusal(period.inception(), period.expiry()).ifPresent(m -> e.add(p + "expiry", "period.order", m));
    }

    private static void cover(Cover cover, ContractKind kind, Money premium, Errors e) {
        String p = "riskDetails.cover.";
        if (kind != null && cover.type() != kind.type()) {
            e.add("riskDetails.cover", "cover.mismatch", "the cover terms are for " + cover.type()
                    + " but the contract is " + kind.type());
        }
        // Java 17: no pattern switch yet; the sealed interface keeps this list complete.
        if (cover instanceof Cover.QuotaShareCover qs) {
            if (e.require(p + "cededShare", qs.cededShare())) {
                percentage(p + "cededShare", qs.cededShare(), false, e);
            }
            if (qs.limitPerRisk() != null) {
                positive(p + "limitPerRisk", qs.limitPerRisk(), e);
                sameCurrency(p + "limitPerRisk", qs.limitPerRisk(), premium, e);
            }
        } else if (cover instanceof Cover.SurplusCover s) {
            if (e.require(p + "retention", s.retention())) {
                positive(p + "retention", s.retention(), e);
                sameCurrency(p + "retention", s.retention(), premium, e);
            }
            if (e.require(p + "lines", s.lines()) && s.lines() < 1) {
                e.add(p + "lines", "min", "a surplus treaty has at least 1 line, not " + s.lines());
            }
        } else if (cover instanceof Cover.ExcessOfLossCover xl) {
            if (xl.type() != ContractType.PER_RISK_XL && xl.type() != ContractType.CAT_XL) {
                e.add(p + "type", "xl.type", "an excess-of-loss cover is PER_RISK_XL or CAT_XL, not " + xl.type());
            }
            if (e.require(p + "limit", xl.limit())) {
                positive(p + "limit", xl.limit(), e);
                sameCurrency(p + "limit", xl.limit(), premium, e);
            }
            if (e.require(p + "excess", xl.excess())) {
                if (xl.excess().isNegative()) {
                    e.add(p + "excess", "nonNegative", "the excess must not be negative");
                }
                sameCurrency(p + "excess", xl.excess(), premium, e);
            }
            for (int i = 0; i < xl.reinstatementRates().size(); i++) {
                e.require(p + "reinstatementRates[" + i + "]", xl.reinstatementRates().get(i));
            }
            if (xl.aggregateLimit() != null) {
                sameCurrency(p + "aggregateLimit", xl.aggregateLimit(), premium, e);
                if (xl.limit() != null && xl.aggregateLimit().isSameCurrency(xl.limit())
                        && xl.aggregateLimit().compareTo(xl.limit()) < 0) {
                    e.add(p + "aggregateLimit", "atLeastLimit", "the aggregate limit must be at least the layer limit");
                }
            }
        } else if (cover instanceof Cover.StopLossCover sl) {
            if (e.require(p + "attachment", sl.attachment()) && sl.attachment().isZero()) {
                e.add(p + "attachment", "positive", "the attachment loss ratio must be above 0%");
            }
            if (e.require(p + "limit", sl.limit()) && sl.limit().isZero()) {
                e.add(p + "limit", "positive", "the stop-loss limit must be above 0%");
            }
            if (sl.monetaryLimit() != null) {
                positive(p + "monetaryLimit", sl.monetaryLimit(), e);
                sameCurrency(p + "monetaryLimit", sl.monetaryLimit(), premium, e);
            }
        }
    }

    private static void securityDetails(SecurityDetails s, boolean firm, Errors e) {
        String p = "securityDetails.";
        if (s.orderHereon() != null) {
            percentage(p + "orderHereon", s.orderHereon(), false, e);
        } else if (firm) {
            e.require(p + "orderHereon", null);
        }
        if (firm) {
            e.require(p + "basisOfWrittenLines", s.basisOfWrittenLines());
        }
        Set<String> ids = new HashSet<>();
        Set<String> reinsurers = new HashSet<>();
        for (int i = 0; i < s.lines().size(); i++) {
            Line l = s.lines().get(i);
            String lp = p + "lines[" + i + "].";
            if (l == null) {
                e.require(p + "lines[" + i + "]", null);
                continue;
            }
            if (e.require(lp + "lineId", l.lineId()) && !ids.add(l.lineId())) {
                e.add(lp + "lineId", "duplicate", "line " + l.lineId() + " appears more than once");
            }
            if (e.require(lp + "reinsurerId", l.reinsurerId()) && !reinsurers.add(l.reinsurerId())) {
                e.add(lp + "reinsurerId", "duplicate", "reinsurer " + l.reinsurerId() + " already has a line");
            }
            if (e.require(lp + "written", l.written())) {
                percentage(lp + "written", l.written(), false, e);
            }
            e.require(lp + "writtenAt", l.writtenAt());
            if (l.signed() != null && l.written() != null && l.signed().exceeds(l.written())
                    && s.basisOfWrittenLines() != WrittenLineBasis.PERCENTAGE_OF_WHOLE) {
                e.add(lp + "signed", "signed.aboveWritten", "signed " + l.signed() + " exceeds written " + l.written());
            }
            subjectivities(lp + "subjectivities", l.subjectivities(), true, e);
        }
    }

    private static void subscription(SubscriptionAgreement a, SecurityDetails security, boolean firm, Errors e) {
        String p = "subscriptionAgreement.";
        if (firm) {
            e.require(p + "slipLeaderId", a.slipLeaderId());
            e.require(p + "claimsAgreementBasis", a.claimsAgreementBasis());
        }
        if (present(a.slipLeaderId()) && security != null && !security.lines().isEmpty()
                && security.lines().stream().noneMatch(l -> l != null && a.slipLeaderId().equals(l.reinsurerId()))) {
            e.add(p + "slipLeaderId", "leader.noLine", "the slip leader " + a.slipLeaderId() + " has no line on the slip");
        }
        if (a.claimsAgreementBasis() == ClaimsAgreementBasis.LEADER_AND_AGREEMENT_PARTIES && a.agreementParties().isEmpty()) {
            e.add(p + "agreementParties", "required", "claims agreed by leader and agreement parties need the parties named");
        }
    }

    private static void fiscal(FiscalAndRegulatory f, boolean submit, Errors e) {
        String p = "fiscalAndRegulatory.";
        if (present(f.countryOfOrigin())) {
            if (!COUNTRIES.contains(f.countryOfOrigin())) {
                e.add(p + "countryOfOrigin", "country.iso", "'" + f.countryOfOrigin() + "' is not an ISO 3166 alpha-2 country code");
            }
        } else if (submit) {
            e.require(p + "countryOfOrigin", null);
        }
        if (submit) {
            e.require(p + "regulatoryClass", f.regulatoryClass());
            e.require(p + "taxPayable", f.taxPayable());
        }
    }

    private static void remuneration(BrokerRemuneration b, boolean submit, Errors e) {
        String p = "brokerRemuneration.";
        if (b.brokerage() != null) {
            percentage(p + "brokerage", b.brokerage(), true, e);
        } else if (submit) {
            e.require(p + "brokerage", null);
        }
        for (int i = 0; i < b.otherDeductions().size(); i++) {
            Deduction d = b.otherDeductions().get(i);
            String dp = p + "otherDeductions[" + i + "].";
            if (d == null) {
                e.require(p + "otherDeductions[" + i + "]", null);
                continue;
            }
            e.require(dp + "description", d.description());
            if (e.require(dp + "percent", d.percent())) {
                percentage(dp + "percent", d.percent(), true, e);
            }
        }
        if (b.totalDeductions().exceeds(Share.HUNDRED)) {
            e.add(p + "otherDeductions", "deductions.total", "brokerage and deductions total "
                    + b.totalDeductions() + ", more than the premium");
        }
    }

    private static void subjectivities(String path, List<Subjectivity> list, boolean strict, Errors e) {
        for (int i = 0; i < list.size(); i++) {
            Subjectivity s = list.get(i);
            String sp = path + "[" + i + "]";
            if (s == null) {
                e.require(sp, null);
                continue;
            }
            if (strict) {
                e.require(sp + ".text", s.text());
                e.require(sp + ".deadline", s.deadline());
            }
        }
    }

    private static void percentage(String field, Share share, boolean zeroAllowed, Errors e) {
        share.refusalAsPercentage(zeroAllowed).ifPresent(m -> e.add(field, share.exceeds(Share.HUNDRED) ? "percent.max" : "percent.min",
                field.substring(field.lastIndexOf('.') + 1) + " " + m));
    }

    private static void positive(String field, Money m, Errors e) {
        if (!m.isPositive()) {
            e.add(field, "positive", field.substring(field.lastIndexOf('.') + 1) + " must be above zero");
        }
    }

    private static void sameCurrency(String field, Money m, Money premium, Errors e) {
        if (premium != null && !m.isSameCurrency(premium)) {
            e.add(field, "currency.mismatch", "is in " + m.currency() + " but the premium is in " + premium.currency());
        }
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
