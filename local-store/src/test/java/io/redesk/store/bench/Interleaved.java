package io.redesk.store.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * A side measurement for a busy machine (not the target check, which is JMH): writes the 100,000
 * benchmark records into a fresh plain store and a fresh INTERNATIONAL vault batch by batch
 * interleaved (batch i to plain, then to the vault), then runs 200 UMR searches on each, alternating,
 * 100 times. Both stores thus see the same load at the same moments, which JMH's one-store-per-fork
 * runs cannot give on a shared machine; the benchmark thread's CPU time per store is summed (write)
 * or taken as minimum and mean (search). Run with {@code local-store/bench.sh interleaved}.
 */
final class Interleaved {

    private static final String[] KINDS = {"PLAIN", "INTERNATIONAL"};

    private Interleaved() {
    }

    static void run() throws Exception {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        List<BenchSlip> slips = BenchData.slips(BenchData.RECORDS);
        BenchStore[] stores = new BenchStore[KINDS.length];
        Path[] dirs = new Path[KINDS.length];
        for (int k = 0; k < KINDS.length; k++) {
            dirs[k] = Files.createTempDirectory(Path.of("target"), "bench-interleaved-");
            stores[k] = Stores.open(KINDS[k], dirs[k]);
        }
        try {
            long[] cpu = new long[KINDS.length];
            for (int i = 0; i < slips.size(); i += BenchData.BATCH) {
                List<BenchSlip> batch = slips.subList(i, Math.min(slips.size(), i + BenchData.BATCH));
                for (int k = 0; k < KINDS.length; k++) {
                    long a = mx.getCurrentThreadCpuTime();
                    stores[k].writeBatch(batch);
                    cpu[k] += mx.getCurrentThreadCpuTime() - a;
                }
            }
            for (int k = 0; k < KINDS.length; k++) {
                System.out.printf(Locale.ROOT, "write 100k interleaved %-13s %8.0f ms CPU  ratio %.3f%n", KINDS[k],
                        cpu[k] / 1e6, cpu[k] / (double) cpu[0]);
            }
            Random r = new Random(7);
            List<String> queries = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                queries.add(BenchData.umr(r.nextInt(BenchData.RECORDS)));
            }
            double[] min = new double[KINDS.length];
            double[] sum = new double[KINDS.length];
            Arrays.fill(min, Double.MAX_VALUE);
            int reps = 100;
            int warmUp = 20;
            for (int rep = 0; rep < reps; rep++) {
                for (int k = 0; k < KINDS.length; k++) {
                    long a = mx.getCurrentThreadCpuTime();
                    for (String q : queries) {
                        if (stores[k].search(q, SearchBenchmark.PAGE).size() != 1) {
                            throw new IllegalStateException("a reference search missed: " + q);
                        }
                    }
                    double us = (mx.getCurrentThreadCpuTime() - a) / 1e3 / queries.size();
                    min[k] = Math.min(min[k], us);
                    if (rep >= warmUp) {
                        sum[k] += us;
                    }
                }
            }
            for (int k = 0; k < KINDS.length; k++) {
                System.out.printf(Locale.ROOT, "UMR search interleaved %-13s min %6.1f µs CPU/query (ratio %.2f), mean %6.1f (ratio %.2f)%n",
                        KINDS[k], min[k], min[k] / min[0], sum[k] / (reps - warmUp), sum[k] / sum[0]);
            }
        } finally {
            for (int k = 0; k < KINDS.length; k++) {
                stores[k].close();
                Stores.delete(dirs[k]);
            }
        }
    }
}
