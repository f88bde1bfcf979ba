package io.redesk.app.underwriting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class QuoteFormTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    @Test
    void acceptsAFullQuoteAndSendsExactDecimals() {
        QuoteForm.Result r = QuoteForm.check("1,200,000.50", "0.24", "40%", "As per slip", "Survey\n\nRecord",
                TODAY.plusDays(30), "CNY", TODAY);

        assertThat(r.problems()).isEmpty();
        var request = r.request().orElseThrow();
        assertThat(request.premium().amount()).isEqualTo("1200000.50");
        assertThat(request.premium().currency()).isEqualTo("CNY");
        assertThat(request.capacity()).isEqualTo("40.0000");
        assertThat(request.rate()).isEqualTo("0.24");
        assertThat(request.subjectivities()).containsExactly("Survey", "Record");
        assertThat(request.validUntil()).isEqualTo(TODAY.plusDays(31).atStartOfDay(java.time.ZoneOffset.UTC)
                .minusSeconds(1).toInstant());
    }

    @Test
    void namesEveryMissingField() {
        QuoteForm.Result r = QuoteForm.check("", "", "", "", "", null, "CNY", TODAY);

        assertThat(r.problems()).extracting(FieldProblem::field, FieldProblem::code).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("premium", "required"),
                org.assertj.core.groups.Tuple.tuple("capacity", "required"),
                org.assertj.core.groups.Tuple.tuple("validUntil", "required"));
        assertThat(r.request()).isEmpty();
    }

    @Test
    void refusesTextZeroAndTooMuchCapacity() {
        assertThat(QuoteForm.check("lots", "", "40", "", "", TODAY.plusDays(1), "CNY", TODAY).problems())
                .containsExactly(new FieldProblem("premium", "number", "lots"));
        assertThat(QuoteForm.check("0", "", "40", "", "", TODAY.plusDays(1), "CNY", TODAY).problems())
                .containsExactly(new FieldProblem("premium", "positive", ""));
        assertThat(QuoteForm.check("100", "", "100.5", "", "", TODAY.plusDays(1), "CNY", TODAY).problems())
                .containsExactly(new FieldProblem("capacity", "percent.range", ""));
        assertThat(QuoteForm.check("100", "", "12.34567", "", "", TODAY.plusDays(1), "CNY", TODAY).problems())
                .containsExactly(new FieldProblem("capacity", "decimals", "4"));
    }

    @Test
    void theQuoteMustStayValidBeyondToday() {
        assertThat(QuoteForm.check("100", "", "40", "", "", TODAY, "CNY", TODAY).problems())
                .containsExactly(new FieldProblem("validUntil", "future", ""));
    }

    @Test
    void tooManyDecimalsForTheCurrencyAreRefusedByTheMoneyRule() {
        assertThat(QuoteForm.check("100.123", "", "40", "", "", TODAY.plusDays(1), "CNY", TODAY).problems())
                .extracting(FieldProblem::field).containsExactly("premium");
    }

    @Test
    void aDeclineNeedsAReason() {
        assertThat(QuoteForm.checkDecline("  ")).containsExactly(new FieldProblem("reason", "required", ""));
        assertThat(QuoteForm.checkDecline("No capacity")).isEmpty();
    }
}
