package io.redesk.domain.account;

import static io.redesk.domain.account.AccountStatus.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redesk.domain.money.Money;
import io.redesk.domain.workflow.IllegalTransitionException;
import java.util.List;
import org.junit.jupiter.api.Test;

class AccountWorkflowTest {

    @Test
    void aDraftIsIssuedThenAgreedThenSettled() {
        assertThat(AccountWorkflow.transition(DRAFT, ISSUED)).isEqualTo(ISSUED);
        assertThat(AccountWorkflow.transition(ISSUED, AccountStatus.AGREED)).isEqualTo(AccountStatus.AGREED);
        assertThat(AccountWorkflow.transition(AccountStatus.AGREED, SETTLED)).isEqualTo(SETTLED);
    }

    @Test
    void onlyADraftIsEditable() {
        assertThat(AccountWorkflow.isEditable(DRAFT)).isTrue();
        for (AccountStatus s : List.of(ISSUED, AccountStatus.AGREED, AccountStatus.QUERIED, SETTLED, SUPERSEDED)) {
            assertThat(AccountWorkflow.isEditable(s)).as(s.name()).isFalse();
        }
    }

    @Test
    void aQueriedAccountIsOnlyAnsweredByACorrection() {
        assertThat(AccountWorkflow.allowedFrom(AccountStatus.QUERIED)).containsExactly(SUPERSEDED);
        assertThatThrownBy(() -> AccountWorkflow.transition(AccountStatus.QUERIED, AccountStatus.AGREED)).isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> AccountWorkflow.transition(SETTLED, SUPERSEDED)).isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("final");
        assertThatThrownBy(() -> AccountWorkflow.transition(DRAFT, AccountStatus.AGREED)).isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void oneQueryMakesTheAccountQueriedAndAgreementNeedsEveryone() {
        assertThat(AccountWorkflow.fromResponses(List.of(ParticipantResponse.AGREED, ParticipantResponse.PENDING))).isEqualTo(ISSUED);
        assertThat(AccountWorkflow.fromResponses(List.of(ParticipantResponse.AGREED, ParticipantResponse.QUERIED))).isEqualTo(AccountStatus.QUERIED);
        assertThat(AccountWorkflow.fromResponses(List.of(ParticipantResponse.AGREED, ParticipantResponse.AGREED))).isEqualTo(AccountStatus.AGREED);
        assertThat(AccountWorkflow.fromResponses(List.of())).isEqualTo(ISSUED);
    }

    @Test
    void aParticipantAnswersOnceWhileTheAccountIsOpen() {
        assertThat(AccountWorkflow.mayRespond(ISSUED, ParticipantResponse.PENDING)).isTrue();
        assertThat(AccountWorkflow.mayRespond(AccountStatus.QUERIED, ParticipantResponse.PENDING)).isTrue();
        assertThat(AccountWorkflow.mayRespond(ISSUED, ParticipantResponse.AGREED)).isFalse();
        assertThat(AccountWorkflow.mayRespond(DRAFT, ParticipantResponse.PENDING)).isFalse();
        assertThat(AccountWorkflow.mayRespond(SUPERSEDED, ParticipantResponse.PENDING)).isFalse();
    }

    @Test
    void aReversalCancelsTheAccountExactly() {
        TechnicalAccount ta = new TechnicalAccount("UMR B0999TTY2027", "2027Q1", Money.CNY, TechnicalAccountTest.DESIGN_ITEMS,
                Money.cny("235000"));
        TechnicalAccount rev = ta.reversal();
        assertThat(rev.balance().computed()).isEqualTo(Money.cny("-225000"));
        assertThat(rev.balance().computed().plus(ta.balance().computed()).isZero()).isTrue();
        assertThat(rev.balance().memoTotal()).isEqualTo(Money.cny("-600000"));
        assertThat(rev.statedBalance()).isEqualTo(Money.cny("-235000"));
    }
}
