package io.redesk.exchange.testing;

import io.redesk.exchange.seed.DemoPlacements;
import io.redesk.exchange.seed.SeedClient;
import io.redesk.sdk.model.placement.PlacementStatus;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Placements for tests, driven through the API to the wanted state on the shared server. */
public final class Fixtures {
    private static DemoPlacements driver;

    private Fixtures() {
    }

    /** A fresh unique market reference. */
    public static String umr() {
        return ("T" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 50), 36)).toUpperCase(Locale.ROOT);
    }

    /** A new Huatai placement for Dongfang in the given state (see {@link DemoPlacements#drive}). */
    public static synchronized UUID placement(PlacementStatus state) {
        if (driver == null) {
            driver = new DemoPlacements(new SeedClient(TestExchange.shared().baseUri(), null));
        }
        return driver.drive(umr(), "Test " + state, state).id();
    }
}
