package io.redesk.store.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.runner.IterationType;

/**
 * CPU time of the benchmark thread per measured iteration (user + system, JNI into SQLite included;
 * GC and JIT threads and waiting for the disk excluded), next to JMH's wall clock. On a machine
 * shared with other work the wall clock mostly measures waiting for a core; the thread's CPU time is
 * the work each store does, and its ratio is far steadier. Each forked JVM appends its iterations to
 * a file that {@link BenchMain} reads at the end.
 */
final class CpuTime {

    static final String FILE = "cpu-times.txt";
    private static final ThreadMXBean MX = ManagementFactory.getThreadMXBean();

    private long start;
    private boolean measured;

    /** Call on the benchmark thread right before the measured work of an iteration. */
    void start(IterationParams iteration) {
        measured = iteration.getType() == IterationType.MEASUREMENT;
        start = MX.getCurrentThreadCpuTime();
    }

    /** Call on the benchmark thread right after it; records measured iterations only. */
    void stop(BenchmarkParams params, String store) {
        long nanos = MX.getCurrentThreadCpuTime() - start;
        String dir = System.getProperty(Stores.POPULATED_DIR);
        if (!measured || dir == null) {
            return;
        }
        String bench = params.getBenchmark();
        String line = bench.substring(bench.lastIndexOf('.') + 1) + "/" + store + " " + nanos + "\n";
        try {
            Files.writeString(Path.of(dir).resolve(FILE), line, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Mean CPU milliseconds per key ("benchmark/store"), from the file the forks wrote. */
    static Map<String, Double> meansMillis(Path dir) throws IOException {
        Path f = dir.resolve(FILE);
        Map<String, double[]> sums = new HashMap<>();
        if (Files.exists(f)) {
            List<String> lines = Files.readAllLines(f);
            for (String l : lines) {
                String[] kv = l.trim().split(" ");
                if (kv.length == 2) {
                    double[] s = sums.computeIfAbsent(kv[0], k -> new double[2]);
                    s[0] += Long.parseLong(kv[1]) / 1e6;
                    s[1]++;
                }
            }
        }
        Map<String, Double> out = new HashMap<>();
        sums.forEach((k, s) -> out.put(k, s[0] / s[1]));
        return out;
    }
}
