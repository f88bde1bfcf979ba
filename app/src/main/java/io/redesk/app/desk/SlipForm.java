package io.redesk.app.desk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.redesk.domain.line.Subjectivity;
import io.redesk.domain.money.Money;
import io.redesk.domain.money.Share;
import io.redesk.domain.slip.BrokerRemuneration;
import io.redesk.domain.slip.ClaimsAgreementBasis;
import io.redesk.domain.slip.ContractKind;
import io.redesk.domain.slip.ContractType;
import io.redesk.domain.slip.Cover;
import io.redesk.domain.slip.Deduction;
import io.redesk.domain.slip.FiscalAndRegulatory;
import io.redesk.domain.slip.Information;
import io.redesk.domain.slip.Period;
import io.redesk.domain.slip.RiskDetails;
import io.redesk.domain.slip.SecurityDetails;
import io.redesk.domain.slip.Slip;
import io.redesk.domain.slip.SlipStage;
import io.redesk.domain.slip.SubscriptionAgreement;
import io.redesk.domain.slip.WrittenLineBasis;
import io.redesk.domain.validation.FieldError;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The slip editor's content as the user typed it: one text per {@link SlipField}. It is what the
 * editor autosaves into the vault (so a half-typed, unparseable amount is never lost), and it turns
 * into a domain {@link Slip} for validation, diff, the exchange and the PDF.
 *
 * <p>Parsing reports typing errors (not a number, not a date) as {@link FieldError}s on the field;
 * every market rule is the domain's ({@link Slip#validate(SlipStage)}), never repeated here.
 *
 * <p>Size (~425 lines): the MRC form's mapping of every field to and from the domain slip and its JSON, one place for the lossless round trip (ADR 0810); splitting it would split that mapping.
 */
public final class SlipForm {

    private final Map<SlipField, String> values;

    private SlipForm(Map<SlipField, String> values) {
        this.values = values;
    }

    /** An empty form. */
    public static SlipForm empty() {
        return new SlipForm(new EnumMap<>(SlipField.class));
    }

    /** The text of {@code field}, empty when unset. */
    public String get(SlipField field) {
        return values.getOrDefault(field, "");
    }

    /** A copy with {@code field} set to {@code value}. */
    public SlipForm with(SlipField field, String value) {
        EnumMap<SlipField, String> copy = copy();
        if (value == null || value.isEmpty()) {
            copy.remove(field);
        } else {
            copy.put(field, value);
        }
        return new SlipForm(copy);
    }

    /** The contract kind chosen, if any. */
    public ContractKind kind() {
        String code = get(SlipField.KIND).trim();
        try {
            return code.isEmpty() ? null : ContractKind.ofCode(code);
        } catch (IllegalArgumentException | IllegalStateException e) {
            return null;
        }
    }

    /** The result of turning the form into a slip: the slip (absent pieces null) and the typing errors. */
    public record Parsed(Slip slip, List<FieldError> inputErrors) {
    }

    /** Typing errors first, then the domain's errors for {@code stage} on the fields that did parse. */
    public List<FieldError> validate(SlipStage stage) {
        Parsed parsed = parse();
        List<FieldError> all = new ArrayList<>(parsed.inputErrors());
        Set<String> badInput = parsed.inputErrors().stream().map(FieldError::field).collect(Collectors.toSet());
        for (FieldError e : parsed.slip().validate(stage)) {
            if (!badInput.contains(e.field())) {
                all.add(e);
            }
        }
        return Collections.unmodifiableList(all);
    }

    /** Builds the domain slip; a field that does not parse is left out and reported. */
    public Parsed parse() {
        List<FieldError> errors = new ArrayList<>();
        Currency currency = currency(errors);
        ContractKind kind = null;
        if (!get(SlipField.KIND).isBlank()) {
            kind = kind();
            if (kind == null) {
                errors.add(new FieldError(SlipField.KIND.path(), "input.choice", "unknown contract kind " + get(SlipField.KIND)));
            }
        }
        ContractType type = kind == null ? null : kind.type();
        Period period = null;
        LocalDate inception = date(SlipField.INCEPTION, errors);
        LocalDate expiry = date(SlipField.EXPIRY, errors);
        ZoneId zone = zone(errors);
        if (inception != null || expiry != null) {
            period = new Period(inception, expiry, zone);
        }
        RiskDetails risk = new RiskDetails(text(SlipField.UMR), kind, text(SlipField.REINSURED), text(SlipField.INSURED), period,
                text(SlipField.INTEREST), money(SlipField.SUM_INSURED, currency, errors), cover(type, currency, errors),
                text(SlipField.TERRITORIAL_SCOPE), list(SlipField.CONDITIONS), list(SlipField.EXCLUSIONS),
                text(SlipField.CHOICE_OF_LAW), text(SlipField.JURISDICTION), money(SlipField.PREMIUM, currency, errors),
                text(SlipField.PAYMENT_TERMS), text(SlipField.TAXES),
                subjectivities(errors));
        SecurityDetails security = new SecurityDetails(share(SlipField.ORDER_HEREON, errors),
                choice(SlipField.WRITTEN_LINE_BASIS, WrittenLineBasis.class, errors), text(SlipField.SIGNING_PROVISIONS), List.of());
        SubscriptionAgreement subscription = new SubscriptionAgreement(text(SlipField.SLIP_LEADER),
                list(SlipField.AGREEMENT_PARTIES), choice(SlipField.CLAIMS_BASIS, ClaimsAgreementBasis.class, errors),
                text(SlipField.CLAIMS_ADMINISTRATION));
        FiscalAndRegulatory fiscal = new FiscalAndRegulatory(text(SlipField.TAX_PAYABLE), text(SlipField.COUNTRY_OF_ORIGIN),
                text(SlipField.REGULATORY_CLASS), Boolean.parseBoolean(get(SlipField.CROSS_BORDER_RMB).trim()));
        BrokerRemuneration remuneration = new BrokerRemuneration(share(SlipField.BROKERAGE, errors), deductions(errors));
        Information info = text(SlipField.INFORMATION) == null ? null : Information.of(text(SlipField.INFORMATION));
        return new Parsed(new Slip(risk, info, security, subscription, fiscal, remuneration), List.copyOf(errors));
    }

    /** The form showing {@code slip} (the inverse of {@link #parse()} for a slip that parsed). */
    public static SlipForm of(Slip slip) {
        SlipForm f = empty();
        RiskDetails r = slip.riskDetails();
        if (r != null) {
            f = f.with(SlipField.UMR, r.umr()).with(SlipField.KIND, r.kind() == null ? null : r.kind().code())
                    .with(SlipField.REINSURED, r.reinsured()).with(SlipField.INSURED, r.insured())
                    .with(SlipField.INTEREST, r.interest()).with(SlipField.TERRITORIAL_SCOPE, r.territorialScope())
                    .with(SlipField.CONDITIONS, String.join("\n", r.conditions()))
                    .with(SlipField.EXCLUSIONS, String.join("\n", r.exclusions()))
                    .with(SlipField.CHOICE_OF_LAW, r.choiceOfLaw()).with(SlipField.JURISDICTION, r.jurisdiction())
                    .with(SlipField.PAYMENT_TERMS, r.paymentTerms()).with(SlipField.TAXES, r.taxes())
                    .with(SlipField.SUBJECTIVITIES, r.subjectivities().stream()
                            .map(x -> x.deadline() == null ? x.text() : x.text() + " | " + x.deadline())
                            .collect(Collectors.joining("\n")))
                    .with(SlipField.SUM_INSURED, amount(r.sumInsured())).with(SlipField.PREMIUM, amount(r.premium()));
            Money any = r.premium() != null ? r.premium() : r.sumInsured();
            if (any != null) {
                f = f.with(SlipField.CURRENCY, any.currency().getCurrencyCode());
            }
            if (r.period() != null) {
                f = f.with(SlipField.INCEPTION, str(r.period().inception())).with(SlipField.EXPIRY, str(r.period().expiry()))
                        .with(SlipField.TIME_ZONE, str(r.period().timeZone()));
            }
            f = withCover(f, r.cover());
        }
        if (slip.information() != null) {
            f = f.with(SlipField.INFORMATION, slip.information().text());
        }
        SecurityDetails s = slip.securityDetails();
        if (s != null) {
            f = f.with(SlipField.ORDER_HEREON, share(s.orderHereon())).with(SlipField.WRITTEN_LINE_BASIS, str(s.basisOfWrittenLines()))
                    .with(SlipField.SIGNING_PROVISIONS, s.signingProvisions());
        }
        SubscriptionAgreement a = slip.subscriptionAgreement();
        if (a != null) {
            f = f.with(SlipField.SLIP_LEADER, a.slipLeaderId()).with(SlipField.AGREEMENT_PARTIES, String.join("\n", a.agreementParties()))
                    .with(SlipField.CLAIMS_BASIS, str(a.claimsAgreementBasis())).with(SlipField.CLAIMS_ADMINISTRATION, a.claimsAdministration());
        }
        FiscalAndRegulatory fr = slip.fiscalAndRegulatory();
        if (fr != null) {
            f = f.with(SlipField.TAX_PAYABLE, fr.taxPayable()).with(SlipField.COUNTRY_OF_ORIGIN, fr.countryOfOrigin())
                    .with(SlipField.REGULATORY_CLASS, fr.regulatoryClass())
                    .with(SlipField.CROSS_BORDER_RMB, fr.crossBorderRmb() ? "true" : null);
        }
        BrokerRemuneration b = slip.brokerRemuneration();
        if (b != null) {
            f = f.with(SlipField.BROKERAGE, share(b.brokerage())).with(SlipField.OTHER_DEDUCTIONS, b.otherDeductions().stream()
                    .map(d -> d.description() + ": " + share(d.percent())).collect(Collectors.joining("\n")));
        }
        return f;
    }

    private static SlipForm withCover(SlipForm f, Cover cover) {
        if (cover instanceof Cover.QuotaShareCover qs) {
            return f.with(SlipField.CEDED_SHARE, share(qs.cededShare())).with(SlipField.LIMIT_PER_RISK, amount(qs.limitPerRisk()));
        }
        if (cover instanceof Cover.SurplusCover s) {
            return f.with(SlipField.RETENTION, amount(s.retention())).with(SlipField.LINES, str(s.lines()));
        }
        if (cover instanceof Cover.ExcessOfLossCover xl) {
            return f.with(SlipField.LIMIT, amount(xl.limit())).with(SlipField.EXCESS, amount(xl.excess()))
                    .with(SlipField.AGGREGATE_LIMIT, amount(xl.aggregateLimit()))
                    .with(SlipField.REINSTATEMENTS, xl.reinstatementRates().stream().map(SlipForm::share)
                            .collect(Collectors.joining(", ")));
        }
        if (cover instanceof Cover.StopLossCover sl) {
            return f.with(SlipField.ATTACHMENT, share(sl.attachment())).with(SlipField.LIMIT, share(sl.limit()));
        }
        return f;
    }

    /** The form as JSON (field path → text), for the vault. */
    public ObjectNode toJson() {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        values.forEach((k, v) -> node.put(k.path(), v));
        return node;
    }

    /** Reads {@link #toJson()}'s output; unknown entries (a newer app's fields) are ignored. */
    public static SlipForm fromJson(JsonNode node) {
        EnumMap<SlipField, String> map = new EnumMap<>(SlipField.class);
        for (SlipField f : SlipField.values()) {
            JsonNode v = node == null ? null : node.get(f.path());
            if (v != null && v.isTextual() && !v.asText().isEmpty()) {
                map.put(f, v.asText());
            }
        }
        return new SlipForm(map);
    }

    private Cover cover(ContractType type, Currency currency, List<FieldError> errors) {
        if (type == null) {
            return null;
        }
        return switch (type) {
            case QUOTA_SHARE -> new Cover.QuotaShareCover(share(SlipField.CEDED_SHARE, errors),
                    money(SlipField.LIMIT_PER_RISK, currency, errors));
            case SURPLUS -> new Cover.SurplusCover(money(SlipField.RETENTION, currency, errors), integer(SlipField.LINES, errors));
            case PER_RISK_XL, CAT_XL -> new Cover.ExcessOfLossCover(type, money(SlipField.LIMIT, currency, errors),
                    money(SlipField.EXCESS, currency, errors), reinstatements(errors), false,
                    money(SlipField.AGGREGATE_LIMIT, currency, errors));
            case STOP_LOSS -> new Cover.StopLossCover(share(SlipField.ATTACHMENT, errors), share(SlipField.LIMIT, errors), null);
        };
    }

    private List<Share> reinstatements(List<FieldError> errors) {
        String t = get(SlipField.REINSTATEMENTS).trim();
        if (t.isEmpty()) {
            return List.of();
        }
        List<Share> out = new ArrayList<>();
        for (String part : t.split("[,，;]")) {
            try {
                out.add(Share.of(part.trim().replace("%", "")));
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError(SlipField.REINSTATEMENTS.path(), "input.percent", "not a percentage: " + part.trim()));
                return List.of();
            }
        }
        return out;
    }

    /** One subjectivity per line: {@code text | yyyy-mm-dd} (the deadline the domain requires). */
    private List<Subjectivity> subjectivities(List<FieldError> errors) {
        List<Subjectivity> out = new ArrayList<>();
        for (String line : list(SlipField.SUBJECTIVITIES)) {
            int bar = line.lastIndexOf('|');
            String text = bar < 0 ? line : line.substring(0, bar).trim();
            LocalDate deadline = null;
            if (bar >= 0) {
                try {
                    deadline = LocalDate.parse(line.substring(bar + 1).trim());
                } catch (DateTimeParseException e) {
                    errors.add(new FieldError(SlipField.SUBJECTIVITIES.path(), "input.date", "not a date (yyyy-mm-dd): " + line));
                }
            }
            out.add(new Subjectivity(text, deadline));
        }
        return out;
    }

    private List<Deduction> deductions(List<FieldError> errors) {
        List<Deduction> out = new ArrayList<>();
        for (String line : list(SlipField.OTHER_DEDUCTIONS)) {
            int colon = Math.max(line.lastIndexOf(':'), line.lastIndexOf('：'));
            try {
                if (colon < 0) {
                    throw new IllegalArgumentException("no colon");
                }
                out.add(new Deduction(line.substring(0, colon).trim(), Share.of(line.substring(colon + 1).trim().replace("%", ""))));
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError(SlipField.OTHER_DEDUCTIONS.path(), "input.deduction", "expected 'description: percent', got " + line));
            }
        }
        return out;
    }

    private String text(SlipField f) {
        String t = get(f).trim();
        return t.isEmpty() ? null : t;
    }

    private List<String> list(SlipField f) {
        return Arrays.stream(get(f).split("\\R")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private Currency currency(List<FieldError> errors) {
        String code = get(SlipField.CURRENCY).trim().toUpperCase(java.util.Locale.ROOT);
        if (code.isEmpty()) {
            return Money.CNY;
        }
        try {
            return Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(SlipField.CURRENCY.path(), "input.currency", "not an ISO 4217 currency: " + code));
            return Money.CNY;
        }
    }

    private Money money(SlipField f, Currency currency, List<FieldError> errors) {
        String t = get(f).trim().replace(",", "").replace("，", "");
        if (t.isEmpty()) {
            return null;
        }
        try {
            return Money.of(new BigDecimal(t), currency);
        } catch (IllegalArgumentException | ArithmeticException e) {
            errors.add(new FieldError(f.path(), "input.amount", "not an amount: " + get(f)));
            return null;
        }
    }

    private Share share(SlipField f, List<FieldError> errors) {
        String t = get(f).trim().replace("%", "");
        if (t.isEmpty()) {
            return null;
        }
        try {
            return Share.of(t);
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(f.path(), "input.percent", "not a percentage: " + get(f)));
            return null;
        }
    }

    private Integer integer(SlipField f, List<FieldError> errors) {
        String t = get(f).trim();
        if (t.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(t);
        } catch (NumberFormatException e) {
            errors.add(new FieldError(f.path(), "input.integer", "not a whole number: " + t));
            return null;
        }
    }

    private LocalDate date(SlipField f, List<FieldError> errors) {
        String t = get(f).trim();
        if (t.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(t);
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(f.path(), "input.date", "not a date (yyyy-mm-dd): " + t));
            return null;
        }
    }

    private ZoneId zone(List<FieldError> errors) {
        String t = get(SlipField.TIME_ZONE).trim();
        if (t.isEmpty()) {
            return Period.SHANGHAI;
        }
        try {
            return ZoneId.of(t);
        } catch (java.time.DateTimeException e) {
            errors.add(new FieldError(SlipField.TIME_ZONE.path(), "input.zone", "not a time zone: " + t));
            return Period.SHANGHAI;
        }
    }

    private <E extends Enum<E>> E choice(SlipField f, Class<E> type, List<FieldError> errors) {
        String t = get(f).trim();
        if (t.isEmpty()) {
            return null;
        }
        try {
            return Enum.valueOf(type, t);
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(f.path(), "input.choice", "unknown choice " + t));
            return null;
        }
    }

    private static String amount(Money m) {
        return m == null ? null : m.amount().toPlainString();
    }

    private static String share(Share s) {
        return s == null ? null : s.percent().stripTrailingZeros().toPlainString();
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }

    private EnumMap<SlipField, String> copy() {
        return values.isEmpty() ? new EnumMap<>(SlipField.class) : new EnumMap<>(values);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SlipForm other && values.equals(other.values);
    }

    @Override
    public int hashCode() {
        return Objects.hash(values);
    }
}
