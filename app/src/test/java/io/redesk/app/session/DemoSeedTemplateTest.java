package io.redesk.app.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redesk.app.testing.TestExchange;
import io.redesk.sdk.ExchangeClient;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoSeedTemplateTest {

    @TempDir
    Path dir;

    @Test
    void aTemplateFromTheRealSeedOpensAsTheSeededDemoMarket() throws Exception {
        Path zip = dir.resolve("demo-exchange.zip");
        DemoSeedTemplate.write(dir.resolve("work"), zip);
        Path data = dir.resolve("user/demo-exchange");

        assertThat(DemoSeedTemplate.restoreIfFresh(zip, data, Instant.now())).isTrue();
        assertThat(data.resolve(DemoExchange.PORT_FILE)).as("the build's port is not carried").doesNotExist();
        assertThat(Files.getPosixFilePermissions(data.resolve("exchange.db")))
                .isEqualTo(PosixFilePermissions.fromString("rw-------"));
        try (DemoExchange exchange = DemoExchange.startSeedingLive(data);
             ExchangeClient client = ExchangeClient.create(ExchangeSettings.builtInDemo().clientOptions(exchange.baseUrl(), new VaultTokenStore()))) {
            client.auth().login("broker.alice", DemoExchange.password());
            assertThat(client.placements().listAll(null).count()).as("the broker's seeded placements").isGreaterThan(5);
        }
        assertThat(DemoSeedTemplate.restoreIfFresh(zip, data, Instant.now())).as("a folder with a database is left alone").isFalse();
    }

    @Test
    void aTemplateOlderThanTheSeedsDeadlinesIsNotUsed() throws IOException {
        Instant seeded = Instant.parse("2026-12-01T00:00:00Z");
        Path zip = template(seeded, "exchange.db");

        assertThat(DemoSeedTemplate.restoreIfFresh(zip, dir.resolve("old"), seeded.plus(DemoSeedTemplate.MAX_AGE).plusSeconds(1))).isFalse();
        assertThat(dir.resolve("old/exchange.db")).doesNotExist();
        assertThat(DemoSeedTemplate.restoreIfFresh(zip, dir.resolve("young"), seeded.plus(Duration.ofDays(6)))).isTrue();
        assertThat(dir.resolve("young/exchange.db")).hasContent("db");
        assertThat(DemoSeedTemplate.restoreIfFresh(zip, dir.resolve("future"), seeded.minus(Duration.ofDays(3))))
                .as("seeded days after now: the clock is wrong somewhere").isFalse();
    }

    @Test
    void anEntryThatIsNotAPlainFileNameIsRefusedAndNothingHalfWrittenStays() throws IOException {
        Path zip = template(Instant.now(), "exchange.db", "../escape");

        assertThatThrownBy(() -> DemoSeedTemplate.restoreIfFresh(zip, dir.resolve("data"), Instant.now()))
                .isInstanceOf(UncheckedIOException.class).hasMessageContaining(zip.toString());
        assertThat(dir.resolve("data/exchange.db")).doesNotExist();
        assertThat(dir.resolve("escape")).doesNotExist();
    }

    @Test
    void theLauncherNamesTheTemplate() {
        String before = System.getProperty(DemoSeedTemplate.PROPERTY);
        try {
            System.clearProperty(DemoSeedTemplate.PROPERTY);
            assertThat(DemoSeedTemplate.configured()).isEmpty();
            System.setProperty(DemoSeedTemplate.PROPERTY, "/opt/redesk/lib/app/demo-exchange.zip");
            assertThat(DemoSeedTemplate.configured()).contains(Path.of("/opt/redesk/lib/app/demo-exchange.zip"));
        } finally {
            if (before == null) {
                System.clearProperty(DemoSeedTemplate.PROPERTY);
            } else {
                System.setProperty(DemoSeedTemplate.PROPERTY, before);
            }
        }
        assertThat(TestExchange.settings()).isNotNull();
    }

    private Path template(Instant seededAt, String... names) throws IOException {
        Path zip = dir.resolve("t-" + System.nanoTime() + ".zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry(DemoSeedTemplate.SEEDED_AT));
            z.write(seededAt.toString().getBytes(StandardCharsets.US_ASCII));
            for (String n : names) {
                z.putNextEntry(new ZipEntry(n));
                z.write("db".getBytes(StandardCharsets.US_ASCII));
            }
        }
        return zip;
    }
}
