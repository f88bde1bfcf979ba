package io.redesk.app.underwriting;

import io.redesk.domain.money.Money;
import io.redesk.domain.money.Share;
import io.redesk.domain.quote.QuoteTerms;
import io.redesk.domain.validation.FieldError;
import io.redesk.sdk.model.quote.QuoteTermsRequest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks what the underwriter typed into the quote form and turns it into the exchange's request.
 * Parsing and the market rules are the domain's ({@link Money}, {@link Share}, {@link QuoteTerms#validate()});
 * this class only maps its answers to form fields, and adds what the exchange's contract needs on top
 * (a premium is required; the validity date must be in the future).
 */
public final class QuoteForm {

    /** Form fields. */
    public static final String PREMIUM = "premium";
    public static final String RATE = "rate";
    public static final String CAPACITY = "capacity";
    public static final String VALID_UNTIL = "validUntil";
    public static final String REASON = "reason";

    private QuoteForm() {
    }

    /** The checked form: problems (empty when it can be sent) and the request when there are none. */
    public record Result(List<FieldProblem> problems, Optional<QuoteTermsRequest> request) {
    }

    /**
     * Checks the form in the placement's {@code currency}; {@code today} is the user's date. A quote is
     * valid until the end of its validity day (UTC), as the exchange counts it.
     */
    public static Result check(String premium, String rate, String capacity, String conditions,
                               String subjectivities, LocalDate validUntil, String currency, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        Money money = null;
        if (blank(premium)) {
            problems.add(new FieldProblem(PREMIUM, "required", ""));
        } else {
            try {
                money = Money.of(clean(premium), currency);
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem(PREMIUM, "number", premium.trim()));
            }
        }
        BigDecimal ratePercent = null;
        if (!blank(rate)) {
            try {
                ratePercent = new BigDecimal(clean(rate));
                if (ratePercent.scale() > 6 || ratePercent.compareTo(BigDecimal.valueOf(100)) > 0) {
                    problems.add(new FieldProblem(RATE, "rate.range", ""));
                }
            } catch (NumberFormatException e) {
                problems.add(new FieldProblem(RATE, "number", rate.trim()));
            }
        }
        Share share = null;
        if (blank(capacity)) {
            problems.add(new FieldProblem(CAPACITY, "required", ""));
        } else {
            share = parseShare(capacity, CAPACITY, problems);
        }
        if (validUntil == null) {
            problems.add(new FieldProblem(VALID_UNTIL, "required", ""));
        } else if (!validUntil.isAfter(today)) {
            problems.add(new FieldProblem(VALID_UNTIL, "future", ""));
        }
        List<String> subjectivityList = lines(subjectivities);
        List<String> conditionList = blank(conditions) ? List.of() : List.of(conditions.trim());
        // the market rules on what parsed (positive premium and rate, capacity in (0, 100])
        QuoteTerms terms = new QuoteTerms(money, ratePercent, share, conditionList, List.of(), validUntil);
        for (FieldError error : terms.validate()) {
            String field = switch (error.field()) {
                case "premium" -> PREMIUM;
                case "ratePercent" -> RATE;
                case "capacityOffered" -> CAPACITY;
                case "validUntil" -> VALID_UNTIL;
                default -> error.field();
            };
            boolean alreadyReported = problems.stream().anyMatch(p -> p.field().equals(field));
            if (!alreadyReported) {
                problems.add(new FieldProblem(field, error.code(), ""));
            }
        }
        if (!problems.isEmpty()) {
            return new Result(List.copyOf(problems), Optional.empty());
        }
        QuoteTermsRequest request = new QuoteTermsRequest(
                io.redesk.sdk.model.Money.of(money.amount().toPlainString(), currency),
                ratePercent == null ? null : ratePercent.toPlainString(),
                share.percent().toPlainString(),
                blank(conditions) ? null : conditions.trim(),
                subjectivityList.isEmpty() ? null : subjectivityList,
                validUntil.plusDays(1).atStartOfDay(ZoneOffset.UTC).minusSeconds(1).toInstant());
        return new Result(List.of(), Optional.of(request));
    }

    /** Checks a decline: the broker must be told why. */
    public static List<FieldProblem> checkDecline(String reason) {
        return blank(reason) ? List.of(new FieldProblem(REASON, "required", "")) : List.of();
    }

    static Share parseShare(String text, String field, List<FieldProblem> problems) {
        String value = clean(text);
        if (value.endsWith("%")) {
            value = value.substring(0, value.length() - 1).trim();
        }
        BigDecimal number;
        try {
            number = new BigDecimal(value);
        } catch (NumberFormatException e) {
            problems.add(new FieldProblem(field, "number", text.trim()));
            return null;
        }
        if (number.stripTrailingZeros().scale() > Share.SCALE) {
            problems.add(new FieldProblem(field, "decimals", String.valueOf(Share.SCALE)));
            return null;
        }
        try {
            return Share.of(number);
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem(field, "percent.range", ""));
            return null;
        }
    }

    static List<String> lines(String text) {
        if (blank(text)) {
            return List.of();
        }
        return text.lines().map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** Accepts the grouping separators users type ("1,200,000.00", "1 200 000"). */
    static String clean(String s) {
        return s.trim().replace(",", "").replace(" ", "").replace("\u00a0", "");
    }
}
