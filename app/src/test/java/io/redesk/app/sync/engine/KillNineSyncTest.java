package io.redesk.app.sync.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.redesk.app.sync.fault.FaultPlan;
import io.redesk.app.sync.fault.FaultProxy;
import io.redesk.sdk.ExchangeClient;
import io.redesk.store.outbox.OutboxEntry;
import io.redesk.store.vault.Vault;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A client process killed with {@code kill -9} ({@link Process#destroyForcibly()}) at random points while
 * it makes changes and syncs them through a faulty connection, {@code -Dredesk.sync.kills} times
 * (default 30). After the last restart it converges: every change it ever committed was accepted
 * exactly once (the exchange's audit log), nothing is left waiting, and its vault equals the exchange.
 */
class KillNineSyncTest {

    private static final Logger LOG = LoggerFactory.getLogger(KillNineSyncTest.class);
    static final int KILLS = Integer.getInteger("redesk.sync.kills", 30);

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void killedClientConvergesWithNothingLostOrDuplicated() throws Exception {
        long seed = Long.getLong("redesk.sync.seed", System.nanoTime());
        LOG.info("kill test seed {}", seed);
        SplittableRandom random = new SplittableRandom(seed);
        Path appData = dir.resolve("vaults");
        Path journal = dir.resolve("journal.txt");
        Files.createDirectories(appData);
        try (Exchange exchange = new Exchange(dir.resolve("exchange"));
             FaultProxy proxy = FaultProxy.start(exchange.port(), FaultPlan.everyKind(seed, 0.15))) {
            long mark;
            try (ExchangeClient c = Clients.loggedIn(exchange.baseUrl(), Users.BROKER)) {
                mark = Convergence.auditMark(c);
            }
            int target = 40 * (KILLS + 1);
            // one clean run first: it has nothing to drain and exits normally, leaving a class-data archive
            // that makes the killed children start much faster
            Process warm = spawn(appData, proxy.baseUrl(), target, seed, "finish", journal, -1);
            waitFor(warm, "DONE", 120);
            warm.waitFor(60, TimeUnit.SECONDS);
            int killedDuringWork = 0;
            for (int i = 0; i < KILLS; i++) {
                Process child = spawn(appData, proxy.baseUrl(), target, seed + i, "work", journal, i);
                try {
                    waitFor(child, "READY", 60);
                    Thread.sleep(100 + random.nextInt(1_400));
                    if (child.isAlive()) {
                        killedDuringWork++;
                    }
                } finally {
                    child.destroyForcibly();
                    child.waitFor(30, TimeUnit.SECONDS);
                }
            }
            proxy.plan(FaultPlan.none());
            Process last = spawn(appData, proxy.baseUrl(), target, seed, "finish", journal, KILLS);
            String outcome = waitFor(last, "DONE", 180);
            assertThat(last.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(last.exitValue()).as("final run: " + outcome).isZero();
            assertThat(killedDuringWork).as("kills that hit a running client").isEqualTo(KILLS);

            List<String> committed = Files.exists(journal) ? Files.readAllLines(journal) : List.of();
            assertThat(committed).as("changes the killed clients committed").isNotEmpty();
            try (Vault vault = Clients.vault(appData, "broker");
                 ExchangeClient client = Clients.loggedIn(exchange.baseUrl(), Users.BROKER)) {
                SyncEngine engine = new SyncEngine(vault, client, Clients.fastConfig());
                try {
                    SyncStore store = engine.store();
                    Convergence.assertDrained(store);
                    Map<String, OutboxEntry.Status> status = new java.util.HashMap<>();
                    for (OutboxEntry e : store.outbox().withStatus(OutboxEntry.Status.DONE)) {
                        status.put(e.clientMutationId(), e.status());
                    }
                    List<String> lost = committed.stream().filter(c -> !status.containsKey(c)).toList();
                    assertThat(lost).as("committed changes not accepted by the exchange").isEmpty();
                    assertThat(new HashSet<>(committed)).as("journal ids are unique").hasSize(committed.size());
                    engine.runCycle();
                    Convergence.assertExactlyOnce(store, client, Users.userId(Users.BROKER), mark);
                    Convergence.assertVaultEqualsExchange(store, client);
                    LOG.info("{} kills, {} changes committed and accepted exactly once", KILLS, committed.size());
                } finally {
                    engine.close();
                }
            }
        }
    }

    private Process spawn(Path appData, String baseUrl, int target, long seed, String mode, Path journal, int n)
            throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path logConfig = dir.resolve("child-logback.xml");
        if (!Files.exists(logConfig)) {
            Files.writeString(logConfig, "<configuration><appender name=\"E\" class=\"ch.qos.logback.core.ConsoleAppender\">"
                    + "<target>System.err</target><encoder><pattern>%d %-5level %logger{20} %msg%n</pattern></encoder>"
                    + "</appender><root level=\"WARN\"><appender-ref ref=\"E\"/></root></configuration>");
        }
        Path archive = dir.resolve("child.jsa");
        String cds = n < 0 ? "-XX:ArchiveClassesAtExit=" + archive
                : Files.exists(archive) ? "-XX:SharedArchiveFile=" + archive : "-Xshare:auto";
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx192m", "-XX:TieredStopAtLevel=1", cds,
                "-Dlogback.configurationFile=" + logConfig, "-cp", cp, SyncChildProcess.class.getName(), appData.toString(), "broker", baseUrl,
                String.valueOf(target), String.valueOf(seed), mode, journal.toString()));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.redirectError(dir.resolve("child-" + n + ".err").toFile());
        return pb.start();
    }

    /** Waits for a line on the child's stdout; returns the last line seen. */
    private static String waitFor(Process p, String line, int seconds) throws Exception {
        CompletableFuture<String> seen = CompletableFuture.supplyAsync(() -> {
            String last = "(nothing)";
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                String l;
                while ((l = r.readLine()) != null) {
                    last = l;
                    if (l.equals(line)) {
                        return l;
                    }
                }
            } catch (IOException e) {
                return "read failed: " + e;
            }
            return last;
        });
        String got = seen.get(seconds, TimeUnit.SECONDS);
        assertThat(got).as("child said " + line).isEqualTo(line);
        return got;
    }
}
