package io.redesk.domain.line;

import static io.redesk.domain.line.LineStatus.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redesk.domain.workflow.IllegalTransitionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LineWorkflowTest {

    @Test
    void aLineMayBeAmendedRepeatedlyThenSigned() {
        LineStatus s = LineWorkflow.transition(WRITTEN, AMENDED);
        s = LineWorkflow.transition(s, AMENDED);
        assertThat(LineWorkflow.transition(s, SIGNED)).isEqualTo(SIGNED);
        assertThat(LineWorkflow.isLive(AMENDED)).isTrue();
        assertThat(LineWorkflow.isLive(WITHDRAWN)).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"SIGNED,AMENDED", "SIGNED,WITHDRAWN", "WITHDRAWN,WRITTEN", "WITHDRAWN,SIGNED", "AMENDED,WRITTEN", "WRITTEN,WRITTEN"})
    void rejectsIllegalTransitions(LineStatus from, LineStatus to) {
        assertThatThrownBy(() -> LineWorkflow.transition(from, to))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("LineStatus cannot go from " + from + " to " + to);
    }
}
