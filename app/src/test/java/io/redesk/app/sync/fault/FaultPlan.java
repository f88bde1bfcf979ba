package io.redesk.app.sync.fault;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Chooses the {@link Fault} for each request the proxy sees. Implementations must be thread-safe: the
 * proxy serves connections concurrently.
 */
@FunctionalInterface
public interface FaultPlan {

    /** The fault for a request with this method and path (query string excluded). */
    Fault choose(String method, String path);

    /** Every request passes. */
    static FaultPlan none() {
        return (m, p) -> Fault.PASS;
    }

    /** The given faults in order, then {@link Fault#PASS} for ever. */
    static FaultPlan script(Fault... faults) {
        Deque<Fault> queue = new ArrayDeque<>(java.util.List.of(faults));
        return (m, p) -> {
            synchronized (queue) {
                return queue.isEmpty() ? Fault.PASS : queue.poll();
            }
        };
    }

    /**
     * Each request independently gets a fault with the given probabilities (the rest pass), from a
     * seeded generator so a failing run can be repeated.
     */
    static FaultPlan random(long seed, Map<Fault, Double> probabilities) {
        Map<Fault, Double> p = new EnumMap<>(Fault.class);
        p.putAll(Objects.requireNonNull(probabilities, "probabilities"));
        double total = p.values().stream().mapToDouble(Double::doubleValue).sum();
        if (total > 1.0 || p.values().stream().anyMatch(v -> v < 0)) {
            throw new IllegalArgumentException("fault probabilities must be >= 0 and sum to at most 1, sum was " + total);
        }
        SplittableRandom random = new SplittableRandom(seed);
        return (m, path) -> {
            double r;
            synchronized (random) {
                r = random.nextDouble();
            }
            double acc = 0;
            for (Map.Entry<Fault, Double> e : p.entrySet()) {
                acc += e.getValue();
                if (r < acc) {
                    return e.getKey();
                }
            }
            return Fault.PASS;
        };
    }

    /** A mix of every fault kind, {@code rate} of all requests faulted, evenly across kinds. */
    static FaultPlan everyKind(long seed, double rate) {
        Map<Fault, Double> p = new EnumMap<>(Fault.class);
        Fault[] kinds = {Fault.DROP_BEFORE_REQUEST, Fault.DROP_AFTER_REQUEST, Fault.DROP_MID_RESPONSE,
            Fault.BAD_GATEWAY_502, Fault.UNAVAILABLE_503, Fault.TOO_MANY_429, Fault.DELAY, Fault.DUPLICATE};
        for (Fault f : kinds) {
            p.put(f, rate / kinds.length);
        }
        return random(seed, p);
    }
}
