package io.redesk.exchange.e2e;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts one demo exchange for all end-to-end test classes of the run (a fresh demo seed takes a while
 * on a loaded machine) and stops it when the run ends (JUnit closes {@link AutoCloseable} values of the
 * root store). Its clock is a {@link MutableClock} starting now, so a test can expire tokens; tests
 * create their own placements and do not depend on each other's.
 */
final class SharedExchange implements BeforeAllCallback {

    static final Duration ACCESS_TOKEN_TTL = Duration.ofMinutes(5);

    private static volatile E2eExchange exchange;
    private static volatile MutableClock clock;

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).getOrComputeIfAbsent("redesk-e2e-exchange",
                key -> {
                    clock = new MutableClock(Instant.now());
                    exchange = E2eExchange.start(b -> b.clock(clock)
                            .tokenLifetimes(ACCESS_TOKEN_TTL, Duration.ofHours(12)));
                    return exchange;
                }, E2eExchange.class);
    }

    static E2eExchange exchange() {
        return exchange;
    }

    /** The exchange's clock. */
    static MutableClock clock() {
        return clock;
    }
}
