package io.redesk.domain.quote;

import io.redesk.domain.line.Subjectivity;
import io.redesk.domain.money.Money;
import io.redesk.domain.money.Share;
import io.redesk.domain.validation.Errors;
import io.redesk.domain.validation.FieldError;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What a reinsurer quotes: a premium or a rate (at least one), the capacity offered as a share of the
 * order, conditions, subjectivities and the date until which the quote can be accepted (inclusive).
 *
 * @param ratePercent premium rate as a percentage of the premium base (e.g. 0.35 for 0.35%), or null
 */
public record QuoteTerms(Money premium, BigDecimal ratePercent, Share capacityOffered, List<String> conditions,
                         List<Subjectivity> subjectivities, LocalDate validUntil) {

    public QuoteTerms {
        conditions = conditions == null ? List.of() : List.copyOf(conditions);
        subjectivities = subjectivities == null ? List.of() : List.copyOf(subjectivities);
    }

    /** Every problem that stops these terms from being sent as a quote. */
    public List<FieldError> validate() {
        Errors e = new Errors();
        if (premium == null && ratePercent == null) {
            e.add("premium", "premiumOrRate", "a quote needs a premium or a rate");
        }
        if (premium != null && !premium.isPositive()) {
            e.add("premium", "positive", "the premium must be above zero");
        }
        if (ratePercent != null && ratePercent.signum() <= 0) {
            e.add("ratePercent", "positive", "the rate must be above zero");
        }
        if (e.require("capacityOffered", capacityOffered)
                && (capacityOffered.isZero() || capacityOffered.exceeds(Share.HUNDRED))) {
            e.add("capacityOffered", "percent.range", "capacity offered must be above 0% and at most 100%");
        }
        e.require("validUntil", validUntil);
        for (int i = 0; i < subjectivities.size(); i++) {
            Subjectivity s = subjectivities.get(i);
            if (e.require("subjectivities[" + i + "]", s)) {
                e.require("subjectivities[" + i + "].text", s.text());
                e.require("subjectivities[" + i + "].deadline", s.deadline());
            }
        }
        return e.toList();
    }
}
