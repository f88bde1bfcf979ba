package io.redesk.store.vault;

import static org.assertj.core.api.Assertions.assertThat;

import io.redesk.store.db.Migrations;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class MigrationsTest {

    /** The unlock fast path skips Flyway when the schema is at LATEST, so LATEST must be the newest script. */
    @Test
    void latestConstantNamesTheNewestMigrationScript() throws IOException {
        int newest;
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/vault"))) {
            newest = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__"))))
                    .max().orElseThrow();
        }
        assertThat(Migrations.LATEST).isEqualTo(String.valueOf(newest));
    }
}
