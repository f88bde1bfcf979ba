package io.redesk.domain.workflow;

import java.util.Objects;
import java.util.Set;

/**
 * Thrown when a state machine is asked for a transition it does not allow. Carries the two states
 * and what would have been legal, so the server can answer with a stable problem code and the UI can
 * explain what the user may do instead.
 */
public class IllegalTransitionException extends IllegalStateException {

    private final Enum<?> from;
    private final Enum<?> to;
    private final Set<? extends Enum<?>> allowed;

    public IllegalTransitionException(Enum<?> from, Enum<?> to, Set<? extends Enum<?>> allowed) {
        super(message(from, to, allowed));
        this.from = Objects.requireNonNull(from, "from");
        this.to = Objects.requireNonNull(to, "to");
        this.allowed = Set.copyOf(allowed);
    }

    private static String message(Enum<?> from, Enum<?> to, Set<? extends Enum<?>> allowed) {
        String kind = from.getDeclaringClass().getSimpleName();
        return kind + " cannot go from " + from + " to " + to
                + (allowed.isEmpty() ? " (" + from + " is final)" : "; allowed from " + from + ": " + allowed);
    }

    public Enum<?> from() {
        return from;
    }

    public Enum<?> to() {
        return to;
    }

    /** The states that were legal from {@link #from()}. */
    public Set<? extends Enum<?>> allowed() {
        return allowed;
    }
}
