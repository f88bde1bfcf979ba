package io.redesk.domain.placement;

import static io.redesk.domain.placement.PlacementStatus.*;

import io.redesk.domain.workflow.IllegalTransitionException;
import io.redesk.domain.workflow.TransitionTable;
import java.util.Set;

/**
 * The legal moves of a placement. Side exits: NOT_TAKEN_UP from any state after submission and
 * before signing; CANCELLED from any state before binding (a bound contract is ended by a
 * cancellation endorsement, not by a status change); EXPIRED while the market is still working on it
 * (submitted to subscribing). BOUND → REGISTERED only; REGISTERED and the side exits are final.
 */
public final class PlacementWorkflow {

    private static final TransitionTable<PlacementStatus> TABLE = TransitionTable.builder(PlacementStatus.class)
            .from(DRAFT, SUBMITTED, CANCELLED)
            .from(SUBMITTED, INQUIRY, NOT_TAKEN_UP, CANCELLED, EXPIRED)
            .from(INQUIRY, FIRM_ORDER, NOT_TAKEN_UP, CANCELLED, EXPIRED)
            .from(FIRM_ORDER, SUBSCRIBING, NOT_TAKEN_UP, CANCELLED, EXPIRED)
            .from(SUBSCRIBING, SIGNED, NOT_TAKEN_UP, CANCELLED, EXPIRED)
            .from(SIGNED, BOUND, CANCELLED)
            .from(BOUND, REGISTERED)
            .build();

    private PlacementWorkflow() {
    }

    /** Returns {@code to} if the move is legal, otherwise throws {@link IllegalTransitionException}. */
    public static PlacementStatus transition(PlacementStatus from, PlacementStatus to) {
        return TABLE.transition(from, to);
    }

    public static boolean isAllowed(PlacementStatus from, PlacementStatus to) {
        return TABLE.isAllowed(from, to);
    }

    public static Set<PlacementStatus> allowedFrom(PlacementStatus from) {
        return TABLE.allowedFrom(from);
    }

    public static boolean isFinal(PlacementStatus status) {
        return TABLE.isFinal(status);
    }
}
