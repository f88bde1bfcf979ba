package io.redesk.store.crash;

import static org.assertj.core.api.Assertions.assertThat;

import io.redesk.store.crypto.CryptoSuite;
import io.redesk.store.outbox.Outbox;
import io.redesk.store.placement.PlacementRepository;
import io.redesk.store.placement.SlipVersionRepository;
import io.redesk.store.testing.TestVaults;
import io.redesk.store.vault.Vault;
import io.redesk.store.vault.VaultLocation;
import io.redesk.store.vault.Vaults;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A child JVM writes transactions into a vault and is killed with SIGKILL (Process.destroyForcibly
 * on Linux) in the middle of writing, 50 times in all. After every kill the vault must unlock, every
 * transaction the child reported as committed must be there, and no transaction may be half there
 * (a placement without its slip version or outbox row).
 *
 * <p>Each child costs about 1.4 s of CPU to start (class loading, the signed Bouncy Castle jar), so
 * the 50 kills run as two lanes of 25, each on its own vault, one lane per core: that keeps the test
 * near 40 s on an idle two-core machine.
 */
class KillDuringWriteTest {

    private static final int LANES = 2;
    private static final int KILLS_PER_LANE = 25;

    @TempDir
    Path tmp;

    @Test
    void vaultsSurviveFiftyKillNinesDuringWritesWithEveryCommitIntact() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(LANES);
        try {
            List<Future<Integer>> lanes = new ArrayList<>();
            for (int lane = 0; lane < LANES; lane++) {
                Path appData = tmp.resolve("lane-" + lane);
                long seed = 4711 + lane;
                lanes.add(pool.submit(() -> runLane(appData, seed)));
            }
            int kills = 0;
            for (Future<Integer> f : lanes) {
                kills += f.get(10, TimeUnit.MINUTES);
            }
            assertThat(kills).isEqualTo(50);
        } finally {
            pool.shutdownNow();
        }
    }

    private int runLane(Path appData, long seed) throws Exception {
        TestVaults.create(appData, CryptoSuite.INTERNATIONAL).close();
        Random random = new Random(seed);
        TreeSet<Integer> committed = new TreeSet<>();
        int next = 0;
        int kills = 0;
        for (int round = 0; round < KILLS_PER_LANE; round++) {
            List<String> cmd = new ArrayList<>(childJvm());
            cmd.addAll(List.of(CrashWriter.class.getName(), appData.toString(), String.valueOf(next)));
            Path err = appData.resolve("child-" + round + ".err");
            Process child = new ProcessBuilder(cmd).redirectError(err.toFile()).start();
            int killAfter = 1 + random.nextInt(6);
            int seen = 0;
            StringBuilder other = new StringBuilder();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null) {
                    if (line.startsWith("COMMIT ")) {
                        committed.add(Integer.parseInt(line.substring(7)));
                        if (++seen == killAfter) {
                            // The child is already inside its next transaction: kill it there.
                            child.destroyForcibly();
                            break;
                        }
                    } else {
                        other.append(line).append('\n');
                    }
                }
            }
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).as("child %d ended", round).isTrue();
            assertThat(seen).as("child %d committed before the kill; exit %d, stdout %s, stderr: %s", round,
                    child.exitValue(), other,
                    java.nio.file.Files.exists(err) ? java.nio.file.Files.readString(err) : "none").isEqualTo(killAfter);
            kills++;
            next = verify(appData, committed);
        }
        return kills;
    }

    private static List<String> childJvm() {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return List.of(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx128m", "-XX:-UsePerfData",
                "-Dslf4j.provider=org.slf4j.helpers.NOP_FallbackServiceProvider",
                "-cp", System.getProperty("java.class.path"));
    }

    /** Opens the vault, checks every reported commit and atomicity; returns the next free number. */
    private static int verify(Path appData, TreeSet<Integer> committed) {
        try (Vault v = Vaults.unlock(new VaultLocation(appData, "alice"), TestVaults.PASSPHRASE.toCharArray(),
                TestVaults.options())) {
            PlacementRepository placements = new PlacementRepository(v);
            SlipVersionRepository slips = new SlipVersionRepository(v);
            Outbox outbox = new Outbox(v);
            List<String> ids = placements.ids();
            List<String> missing = new ArrayList<>();
            for (int n : committed) {
                if (placements.find("p-" + n).isEmpty()) {
                    missing.add("p-" + n);
                }
            }
            assertThat(missing).as("committed transactions lost").isEmpty();
            for (String id : ids) {
                assertThat(slips.find("s-" + id)).as("slip of " + id).isPresent();
                assertThat(outbox.find("cm-" + id)).as("outbox row of " + id).isPresent();
            }
            assertThat(slips.count()).isEqualTo(ids.size());
            return ids.stream().mapToInt(s -> Integer.parseInt(s.substring(2))).max().orElse(-1) + 1;
        }
    }
}
