package io.redesk.domain.quote;

import static io.redesk.domain.quote.QuoteStatus.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redesk.domain.workflow.IllegalTransitionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuoteWorkflowTest {

    @Test
    void aRequestedQuoteIsPreparedQuotedAndAccepted() {
        QuoteStatus s = QuoteWorkflow.transition(REQUESTED, PREPARING);
        s = QuoteWorkflow.transition(s, QUOTED);
        assertThat(QuoteWorkflow.transition(s, ACCEPTED)).isEqualTo(ACCEPTED);
    }

    @Test
    void openQuotesBecomeNotTakenUpWhenAnotherIsAccepted() {
        assertThat(QuoteWorkflow.isAllowed(REQUESTED, NOT_TAKEN_UP)).isTrue();
        assertThat(QuoteWorkflow.isAllowed(PREPARING, NOT_TAKEN_UP)).isTrue();
        assertThat(QuoteWorkflow.isAllowed(QUOTED, NOT_TAKEN_UP)).isTrue();
    }

    @Test
    void onlyAQuotedQuoteCanExpire() {
        assertThat(QuoteWorkflow.isAllowed(QUOTED, EXPIRED)).isTrue();
        assertThat(QuoteWorkflow.isAllowed(REQUESTED, EXPIRED)).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"REQUESTED,QUOTED", "REQUESTED,ACCEPTED", "PREPARING,ACCEPTED", "DECLINED,QUOTED", "ACCEPTED,NOT_TAKEN_UP",
            "EXPIRED,ACCEPTED", "NOT_TAKEN_UP,ACCEPTED", "QUOTED,DECLINED", "QUOTED,PREPARING"})
    void rejectsIllegalTransitions(QuoteStatus from, QuoteStatus to) {
        assertThatThrownBy(() -> QuoteWorkflow.transition(from, to))
                .isInstanceOfSatisfying(IllegalTransitionException.class, e -> {
                    assertThat(e.from()).isEqualTo(from);
                    assertThat(e.to()).isEqualTo(to);
                });
    }

    @Test
    void acceptedDeclinedNotTakenUpAndExpiredAreFinal() {
        for (QuoteStatus s : new QuoteStatus[] {ACCEPTED, DECLINED, NOT_TAKEN_UP, EXPIRED}) {
            assertThat(QuoteWorkflow.isFinal(s)).as(s.name()).isTrue();
        }
    }
}
