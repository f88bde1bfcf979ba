package io.redesk.app.ui.underwriting;

import static io.redesk.app.i18n.Localization.key;

import io.redesk.app.underwriting.DeskAction;
import io.redesk.app.underwriting.Disclosure;
import io.redesk.app.underwriting.FieldProblem;
import io.redesk.app.underwriting.SlipSheet;
import io.redesk.app.ui.i18n.I18n;
import io.redesk.sdk.model.Money;
import io.redesk.sdk.model.line.Line;
import io.redesk.sdk.model.quote.Quote;
import java.math.BigDecimal;
import java.util.Currency;

/** Message keys of the underwriter's desk: slip sections and fields, market facts, actions, form problems. */
public final class UnderwritingTexts {

    private UnderwritingTexts() {
    }

    public static String section(SlipSheet.Section s) {
        return switch (s) {
            case RISK -> key("uw.slip.section.risk");
            case INFORMATION -> key("uw.slip.section.information");
            case SECURITY -> key("uw.slip.section.security");
            case SUBSCRIPTION -> key("uw.slip.section.subscription");
            case FISCAL -> key("uw.slip.section.fiscal");
            case REMUNERATION -> key("uw.slip.section.remuneration");
        };
    }

    public static String field(SlipSheet.Field f) {
        return switch (f) {
            case UMR -> key("uw.slip.umr");
            case CONTRACT_KIND -> key("uw.slip.contractKind");
            case TYPE -> key("uw.slip.type");
            case REINSURED -> key("uw.slip.reinsured");
            case INSURED -> key("uw.slip.insured");
            case PERIOD -> key("uw.slip.period");
            case INTEREST -> key("uw.slip.interest");
            case LIMIT -> key("uw.slip.limit");
            case SUM_INSURED -> key("uw.slip.sumInsured");
            case EXCESS -> key("uw.slip.excess");
            case RETENTION -> key("uw.slip.retention");
            case DEDUCTIBLE -> key("uw.slip.deductible");
            case TERRITORY -> key("uw.slip.territory");
            case CONDITIONS -> key("uw.slip.conditions");
            case EXCLUSIONS -> key("uw.slip.exclusions");
            case LAW -> key("uw.slip.law");
            case JURISDICTION -> key("uw.slip.jurisdiction");
            case PREMIUM -> key("uw.slip.premium");
            case PAYMENT_TERMS -> key("uw.slip.paymentTerms");
            case TAXES -> key("uw.slip.taxes");
            case SUBJECTIVITIES -> key("uw.slip.subjectivities");
            case INFORMATION -> key("uw.slip.information");
            case ORDER_SHARE -> key("uw.slip.orderShare");
            case BASIS_OF_LINES -> key("uw.slip.basisOfLines");
            case SIGNING_PROVISIONS -> key("uw.slip.signingProvisions");
            case SLIP_LEADER -> key("uw.slip.slipLeader");
            case AGREEMENT_PARTIES -> key("uw.slip.agreementParties");
            case CLAIMS_BASIS -> key("uw.slip.claimsBasis");
            case TAX_PAYABLE -> key("uw.slip.taxPayable");
            case COUNTRY_OF_ORIGIN -> key("uw.slip.countryOfOrigin");
            case REGULATORY_CLASS -> key("uw.slip.regulatoryClass");
            case BROKERAGE -> key("uw.slip.brokerage");
            case OTHER_DEDUCTIONS -> key("uw.slip.otherDeductions");
        };
    }

    public static String market(Disclosure.Item item) {
        return switch (item) {
            case LEAD_PREMIUM -> key("uw.market.leadPremium");
            case LEAD_RATE -> key("uw.market.leadRate");
            case LEAD_CONDITIONS -> key("uw.market.leadConditions");
            case ORDER_SHARE -> key("uw.market.orderShare");
            case COMPETITOR_QUOTES -> key("uw.market.competitorQuotes");
            case OTHER_LINES -> key("uw.market.otherLines");
        };
    }

    public static String action(DeskAction a) {
        return switch (a) {
            case ANSWER_QUOTE -> key("uw.action.answerQuote");
            case WRITE_LINE -> key("uw.action.writeLine");
            case SENDING -> key("uw.action.sending");
            case AWAITING_BROKER -> key("uw.action.awaitingBroker");
            case LINE_WRITTEN -> key("uw.action.lineWritten");
            case SIGNED -> key("uw.action.signed");
            case CLOSED -> key("uw.action.closed");
        };
    }

    /** The placement's status, as the broker's pages name it. */
    public static String placementStatus(io.redesk.sdk.model.placement.PlacementStatus s) {
        return io.redesk.app.ui.slips.StatusText.keyOf(io.redesk.domain.placement.PlacementStatus.valueOf(s.name()));
    }

    public static String quoteStatus(io.redesk.sdk.model.quote.QuoteStatus s) {
        return switch (s) {
            case REQUESTED -> key("status.quote.REQUESTED");
            case PREPARING -> key("status.quote.PREPARING");
            case QUOTED -> key("status.quote.QUOTED");
            case DECLINED -> key("status.quote.DECLINED");
            case ACCEPTED -> key("status.quote.ACCEPTED");
            case NOT_TAKEN_UP -> key("status.quote.NOT_TAKEN_UP");
            case EXPIRED -> key("status.quote.EXPIRED");
        };
    }

    public static String lineStatus(io.redesk.sdk.model.line.LineStatus s) {
        return switch (s) {
            case WRITTEN -> key("status.line.WRITTEN");
            case AMENDED -> key("status.line.AMENDED");
            case WITHDRAWN -> key("status.line.WITHDRAWN");
            case SIGNED -> key("status.line.SIGNED");
        };
    }

    /** The contract kind's name (the slip carries its code); null for a code this version does not know. */
    public static String contractKind(String code) {
        return io.redesk.app.ui.slips.ChoiceText.kindKeyOf(code);
    }

    /** What the user is told once an action of {@code kind} reached the exchange. */
    public static String sent(io.redesk.app.underwriting.PendingChange.Kind kind) {
        return switch (kind) {
            case QUOTE -> key("uw.message.quoted");
            case DECLINE -> key("uw.message.declined");
            case LINE -> key("uw.message.lineWritten");
        };
    }

    /** What the user is told while an action of {@code kind} waits for the exchange. */
    public static String pending(io.redesk.app.underwriting.PendingChange.Kind kind) {
        return switch (kind) {
            case QUOTE -> key("uw.message.quotePending");
            case DECLINE -> key("uw.message.declinePending");
            case LINE -> key("uw.message.linePending");
        };
    }

    /** The localised text of a form problem. */
    public static String problem(I18n i18n, FieldProblem p) {
        return switch (p.code()) {
            case "required" -> i18n.text("uw.error.required");
            case "number" -> i18n.text("uw.error.number", p.arg());
            case "positive" -> i18n.text("uw.error.positive");
            case "percent.range" -> i18n.text("uw.error.percentRange");
            case "rate.range" -> i18n.text("uw.error.rateRange");
            case "decimals" -> i18n.text("uw.error.decimals", p.arg());
            case "future" -> i18n.text("uw.error.future");
            case "subjectivity.date" -> i18n.text("uw.error.subjectivityDate", p.arg());
            case "subjectivity.past" -> i18n.text("uw.error.subjectivityPast", p.arg());
            case "subjectivity.text" -> i18n.text("uw.error.subjectivityText", p.arg());
            case "premiumOrRate" -> i18n.text("uw.error.required");
            default -> i18n.text("uw.error.other", p.code());
        };
    }

    /** This reinsurer's quote, summarised. */
    static String quote(I18n i18n, Quote q) {
        return switch (q.status()) {
            case QUOTED, ACCEPTED, NOT_TAKEN_UP, EXPIRED -> i18n.text("uw.myQuote.quoted",
                    i18n.text(quoteStatus(q.status())),
                    q.premium() == null ? "—" : money(i18n, q.premium()), q.capacity() == null ? "—" : share(i18n, q.capacity()),
                    q.validUntil() == null ? "—" : i18n.formats().dateTime(q.validUntil()));
            case DECLINED -> i18n.text("uw.myQuote.declined", q.declineReason() == null ? "" : q.declineReason());
            default -> i18n.text("uw.myQuote.requested", i18n.text(quoteStatus(q.status())));
        };
    }

    /** This reinsurer's line: written, and signed once the placement closes. */
    static String line(I18n i18n, Line l) {
        if (l.signedShare() != null) {
            return i18n.text("uw.myLine.signed", share(i18n, l.writtenShare()), share(i18n, l.signedShare()));
        }
        return i18n.text("uw.myLine.written", share(i18n, l.writtenShare()), i18n.text(lineStatus(l.status())));
    }

    static String money(I18n i18n, Money m) {
        try {
            return i18n.formats().money(new BigDecimal(m.amount()), Currency.getInstance(m.currency()));
        } catch (RuntimeException e) {
            return m.currency() + " " + m.amount();
        }
    }

    static String share(I18n i18n, String percent) {
        try {
            return i18n.formats().share(new BigDecimal(percent));
        } catch (RuntimeException e) {
            return percent + "%";
        }
    }
}
