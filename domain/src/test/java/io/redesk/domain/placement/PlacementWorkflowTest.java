package io.redesk.domain.placement;

import static io.redesk.domain.placement.PlacementStatus.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redesk.domain.workflow.IllegalTransitionException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlacementWorkflowTest {

    @Test
    void followsTheMainPathFromDraftToRegistered() {
        PlacementStatus s = DRAFT;
        for (PlacementStatus next : List.of(SUBMITTED, INQUIRY, FIRM_ORDER, SUBSCRIBING, SIGNED, BOUND, REGISTERED)) {
            s = PlacementWorkflow.transition(s, next);
        }
        assertThat(s).isEqualTo(REGISTERED);
        assertThat(PlacementWorkflow.isFinal(REGISTERED)).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"DRAFT,SIGNED", "DRAFT,INQUIRY", "INQUIRY,SUBSCRIBING", "SUBSCRIBING,BOUND", "SIGNED,SUBSCRIBING",
            "BOUND,CANCELLED", "REGISTERED,DRAFT", "CANCELLED,DRAFT", "EXPIRED,SUBSCRIBING", "DRAFT,NOT_TAKEN_UP",
            "DRAFT,EXPIRED", "SIGNED,EXPIRED", "DRAFT,DRAFT"})
    void rejectsIllegalTransitionsNamingBothStates(PlacementStatus from, PlacementStatus to) {
        assertThatThrownBy(() -> PlacementWorkflow.transition(from, to))
                .isInstanceOfSatisfying(IllegalTransitionException.class, e -> {
                    assertThat(e.from()).isEqualTo(from);
                    assertThat(e.to()).isEqualTo(to);
                    assertThat(e.getMessage()).contains(from.name(), to.name());
                });
    }

    @Test
    void sideExitsAreFinal() {
        assertThat(PlacementWorkflow.allowedFrom(NOT_TAKEN_UP)).isEmpty();
        assertThat(PlacementWorkflow.allowedFrom(CANCELLED)).isEmpty();
        assertThat(PlacementWorkflow.allowedFrom(EXPIRED)).isEmpty();
    }

    @Test
    void subscribingMayCloseOrLeaveBySideExits() {
        assertThat(PlacementWorkflow.allowedFrom(SUBSCRIBING)).containsExactlyInAnyOrder(SIGNED, NOT_TAKEN_UP, CANCELLED, EXPIRED);
        assertThat(PlacementWorkflow.allowedFrom(DRAFT)).containsExactlyInAnyOrder(SUBMITTED, CANCELLED);
    }
}
