package io.redesk.exchange.db;

import java.util.List;

/**
 * The database engines the exchange runs on. Each has its own Flyway location for the few migrations
 * whose SQL must differ; everything both engines run is under {@code db/migration/common}.
 */
public enum Engine {
    /** Embedded, one file in the data directory: the demo, tests and a single-instance exchange. */
    SQLITE("sqlite"),
    /** A PostgreSQL server shared by any number of exchange instances. */
    POSTGRESQL("postgresql");

    private final String folder;

    Engine(String folder) {
        this.folder = folder;
    }

    /** Flyway locations for this engine, shared ones first. */
    public List<String> migrationLocations() {
        return List.of("classpath:db/migration/common", "classpath:db/migration/" + folder);
    }
}
