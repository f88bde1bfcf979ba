package io.redesk.domain.workflow;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * An immutable table of the legal transitions of one status enum. Each workflow class
 * ({@code PlacementWorkflow}, {@code QuoteWorkflow}, ...) builds one and delegates to it, so every
 * state machine answers the same two questions the same way.
 *
 * @param <S> the status enum
 */
public final class TransitionTable<S extends Enum<S>> {

    private final Class<S> type;
    private final Map<S, Set<S>> allowed;

    private TransitionTable(Class<S> type, Map<S, Set<S>> allowed) {
        this.type = type;
        this.allowed = allowed;
    }

    public static <S extends Enum<S>> Builder<S> builder(Class<S> type) {
        return new Builder<>(type);
    }

    /** Returns {@code to} when the move is legal, otherwise throws {@link IllegalTransitionException}. */
    public S transition(S from, S to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Set<S> legal = allowedFrom(from);
        if (!legal.contains(to)) {
            throw new IllegalTransitionException(from, to, legal);
        }
        return to;
    }

    public boolean isAllowed(S from, S to) {
        return allowedFrom(from).contains(to);
    }

    /** The states reachable in one step from {@code from}; empty for a final state. */
    public Set<S> allowedFrom(S from) {
        Objects.requireNonNull(from, "from");
        return allowed.getOrDefault(from, Collections.emptySet());
    }

    public boolean isFinal(S state) {
        return allowedFrom(state).isEmpty();
    }

    public Class<S> type() {
        return type;
    }

    /** Collects the transitions; {@link #build()} freezes them. */
    public static final class Builder<S extends Enum<S>> {
        private final Class<S> type;
        private final Map<S, Set<S>> allowed;

        private Builder(Class<S> type) {
            this.type = type;
            this.allowed = new EnumMap<>(type);
        }

        @SafeVarargs
        public final Builder<S> from(S from, S... to) {
            Set<S> targets = allowed.computeIfAbsent(from, k -> EnumSet.noneOf(type));
            for (S t : to) {
                targets.add(Objects.requireNonNull(t, "to"));
            }
            return this;
        }

        public TransitionTable<S> build() {
            Map<S, Set<S>> frozen = new EnumMap<>(type);
            allowed.forEach((k, v) -> frozen.put(k, Collections.unmodifiableSet(EnumSet.copyOf(v))));
            return new TransitionTable<>(type, Collections.unmodifiableMap(frozen));
        }
    }
}
