package io.redesk.domain.line;

import static io.redesk.domain.line.LineStatus.*;

import io.redesk.domain.workflow.IllegalTransitionException;
import io.redesk.domain.workflow.TransitionTable;
import java.util.Set;

/**
 * The legal moves of a line. An amended line may be amended again (each amendment is a new
 * version of the line); WITHDRAWN and SIGNED are final.
 */
public final class LineWorkflow {

    private static final TransitionTable<LineStatus> TABLE = TransitionTable.builder(LineStatus.class)
            .from(WRITTEN, AMENDED, WITHDRAWN, SIGNED)
            .from(AMENDED, AMENDED, WITHDRAWN, SIGNED)
            .build();

    private LineWorkflow() {
    }

    /** Returns {@code to} if the move is legal, otherwise throws {@link IllegalTransitionException}. */
    public static LineStatus transition(LineStatus from, LineStatus to) {
        return TABLE.transition(from, to);
    }

    public static boolean isAllowed(LineStatus from, LineStatus to) {
        return TABLE.isAllowed(from, to);
    }

    public static Set<LineStatus> allowedFrom(LineStatus from) {
        return TABLE.allowedFrom(from);
    }

    public static boolean isFinal(LineStatus status) {
        return TABLE.isFinal(status);
    }

    /** Lines that count when the placement is signed: written or amended, not withdrawn. */
    public static boolean isLive(LineStatus status) {
        return status == WRITTEN || status == AMENDED;
    }
}
