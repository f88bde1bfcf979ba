package io.redesk.domain.quote;

import static io.redesk.domain.quote.QuoteStatus.*;

import io.redesk.domain.workflow.IllegalTransitionException;
import io.redesk.domain.workflow.TransitionTable;
import java.util.Set;

/**
 * The legal moves of a quote. A request may be declined before or while it is prepared; accepting one
 * quote turns every other open quote (requested, preparing or quoted) into NOT_TAKEN_UP; only a quoted
 * quote has a validity date, so only it can EXPIRE. ACCEPTED, DECLINED, NOT_TAKEN_UP and EXPIRED are
 * final.
 */
public final class QuoteWorkflow {

    private static final TransitionTable<QuoteStatus> TABLE = TransitionTable.builder(QuoteStatus.class)
            .from(REQUESTED, PREPARING, DECLINED, NOT_TAKEN_UP)
            .from(PREPARING, QUOTED, DECLINED, NOT_TAKEN_UP)
            .from(QUOTED, ACCEPTED, NOT_TAKEN_UP, EXPIRED)
            .build();

    private QuoteWorkflow() {
    }

    /** Returns {@code to} if the move is legal, otherwise throws {@link IllegalTransitionException}. */
    public static QuoteStatus transition(QuoteStatus from, QuoteStatus to) {
        return TABLE.transition(from, to);
    }

    public static boolean isAllowed(QuoteStatus from, QuoteStatus to) {
        return TABLE.isAllowed(from, to);
    }

    public static Set<QuoteStatus> allowedFrom(QuoteStatus from) {
        return TABLE.allowedFrom(from);
    }

    public static boolean isFinal(QuoteStatus status) {
        return TABLE.isFinal(status);
    }

    /** Whether a quote in this state is still open (can still be accepted or become NOT_TAKEN_UP). */
    public static boolean isOpen(QuoteStatus status) {
        return !isFinal(status);
    }
}
