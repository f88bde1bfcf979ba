package io.redesk.domain.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redesk.domain.money.Money;
import io.redesk.domain.money.Share;
import io.redesk.domain.validation.FieldError;
import io.redesk.domain.validation.ValidationException;
import io.redesk.domain.workflow.IllegalTransitionException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteBoardTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 10);
    static final QuoteTerms TERMS = new QuoteTerms(Money.cny("500000"), null, Share.of("30"), List.of(), List.of(),
            LocalDate.of(2026, 12, 15));

    private static Quote quoted(String id) {
        return Quote.requested(id, "P1", "re-" + id).to(QuoteStatus.PREPARING).quote(TERMS);
    }

    @Test
    void acceptingOneQuoteTurnsEveryOtherOpenQuoteNotTakenUp() {
        List<Quote> board = List.of(quoted("q1"), quoted("q2"), Quote.requested("q3", "P1", "re-3"),
                Quote.requested("q4", "P1", "re-4").to(QuoteStatus.DECLINED));
        assertThat(QuoteBoard.accept(board, "q2", TODAY)).extracting(Quote::status).containsExactly(
                QuoteStatus.NOT_TAKEN_UP, QuoteStatus.ACCEPTED, QuoteStatus.NOT_TAKEN_UP, QuoteStatus.DECLINED);
    }

    @Test
    void aQuotePastItsValidityExpiresAndCannotBeAccepted() {
        LocalDate late = LocalDate.of(2026, 12, 16);
        assertThat(QuoteBoard.expireIfLapsed(quoted("q1"), late).status()).isEqualTo(QuoteStatus.EXPIRED);
        assertThat(QuoteBoard.expireIfLapsed(quoted("q1"), LocalDate.of(2026, 12, 15)).status()).isEqualTo(QuoteStatus.QUOTED);
        assertThatThrownBy(() -> QuoteBoard.accept(List.of(quoted("q1")), "q1", late))
                .hasMessageContaining("valid until 2026-12-15 and cannot be accepted on 2026-12-16");
    }

    @Test
    void onlyAQuotedQuoteCanBeAccepted() {
        assertThatThrownBy(() -> QuoteBoard.accept(List.of(Quote.requested("q1", "P1", "r")), "q1", TODAY))
                .isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void incompleteTermsAreRefusedWithEveryFieldNamed() {
        QuoteTerms bad = new QuoteTerms(null, null, Share.of("0"), null, null, null);
        Quote preparing = Quote.requested("q1", "P1", "r").to(QuoteStatus.PREPARING);
        assertThatThrownBy(() -> preparing.quote(bad)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("premium", "capacityOffered", "validUntil"));
    }
}
