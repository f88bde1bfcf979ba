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
import java.util.function.BiFunction;

/**
 * Paired rounds: the plain baseline and the vault measured in turn, in one JVM, many times, and the
 * ratio taken per round; the median of those ratios is the figure. Why: on this machine the same
 * plain write of 100,000 records took 12.6 s in one quiet run and 17.0 s in another (14.3 to 19.2 s
 * within one JMH run), a spread wider than the 15% the target allows. Whatever slows the machine
 * down for a minute (another VM on the host, a neighbour on the sibling hyper-thread, the page
 * cache's writeback) then slows both sides of a round alike, and one disturbed round moves a median
 * of seven very little. The order alternates every round (plain first, then the vault first), so
 * neither side always runs on a disk still busy with the other's writeback.
 *
 * <p>Write: each round writes the {@link BenchData#RECORDS} records in batches of
 * {@link BenchData#BATCH} into a fresh store of each kind, timed (wall clock and CPU time of the
 * writing thread) from the first batch to the last commit; the stores are closed and deleted after.
 * One unmeasured round first warms the JIT for both. Search: 2,000 UMR queries (one hit each) and
 * 200 title queries on a populated store of each kind, alternating, 10 unmeasured rounds then 15
 * measured. Run with {@code local-store/bench.sh paired [rounds] [kinds]}.
 */
final class Paired {

    private static final ThreadMXBean MX = ManagementFactory.getThreadMXBean();

    private Paired() {
    }

    /** One measurement of one store: wall clock and CPU time of the measuring thread, in ms. */
    record Sample(double wallMs, double cpuMs) {
    }

    static void run(String[] args) throws Exception {
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        String[] kinds = args.length > 2 ? args[2].split(",") : new String[] {"PLAIN", "INTERNATIONAL"};
        String what = System.getProperty("redesk.bench.paired", "write,search,read");
        if (what.contains("write")) {
            write(kinds, rounds, BenchData.RECORDS, Stores::open);
        }
        if (what.contains("search")) {
            search(kinds);
        }
        if (what.contains("read")) {
            read(kinds);
        }
    }

    /** Paired write rounds over {@code kinds} (the first is the baseline every ratio divides by). */
    static void write(String[] kinds, int rounds, int records, BiFunction<String, Path, BenchStore> open)
            throws Exception {
        List<BenchSlip> slips = BenchData.slips(records);
        System.out.printf(Locale.ROOT, "paired write: %,d records in batches of %,d, %d measured rounds (+1 warm-up), order alternating%n",
                records, BenchData.BATCH, rounds);
        Sample[][] s = new Sample[rounds][kinds.length];
        for (int round = -1; round < rounds; round++) {
            Sample[] r = new Sample[kinds.length];
            for (int j = 0; j < kinds.length; j++) {
                // Round 0 runs kinds in the given order, round 1 reversed, and so on.
                int k = Math.floorMod(round, 2) == 0 ? j : kinds.length - 1 - j;
                r[k] = writeOnce(kinds[k], slips, open);
            }
            if (round >= 0) {
                s[round] = r;
                StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "round %d (load %s):", round + 1, load()));
                for (int k = 0; k < kinds.length; k++) {
                    line.append(String.format(Locale.ROOT, "  %s %.0f ms wall / %.0f ms CPU", kinds[k], r[k].wallMs, r[k].cpuMs));
                    if (k > 0) {
                        line.append(String.format(Locale.ROOT, " (%.3f / %.3f)", r[k].wallMs / r[0].wallMs, r[k].cpuMs / r[0].cpuMs));
                    }
                }
                System.out.println(line);
            }
        }
        summary("write " + String.format(Locale.ROOT, "%,d", records), kinds, s);
    }

    private static Sample writeOnce(String kind, List<BenchSlip> slips, BiFunction<String, Path, BenchStore> open)
            throws Exception {
        Path dir = Files.createTempDirectory(Path.of("target"), "bench-paired-");
        try {
            BenchStore store = open.apply(kind, dir);
            try {
                long c0 = MX.getCurrentThreadCpuTime();
                long w0 = System.nanoTime();
                for (int i = 0; i < slips.size(); i += BenchData.BATCH) {
                    store.writeBatch(slips.subList(i, Math.min(slips.size(), i + BenchData.BATCH)));
                }
                return new Sample((System.nanoTime() - w0) / 1e6, (MX.getCurrentThreadCpuTime() - c0) / 1e6);
            } finally {
                store.close();
            }
        } finally {
            Stores.delete(dir);
        }
    }

    /**
     * Paired read rounds on populated stores: every record by id, in one shuffled order (as {@code
     * ReadBenchmark}), stores alternating; 3 warm-up rounds and 7 measured.
     */
    static void read(String[] kinds) throws Exception {
        Stores.Populated[] p = populated(kinds);
        try {
            List<String> ids = p[0].shuffledIds(1);
            int warmUp = 3;
            int rounds = 7;
            Sample[][] s = alternating(kinds.length, warmUp, rounds, k -> {
                long n = 0;
                for (String id : ids) {
                    n += p[k].store().get(id).value().title().length();
                }
                if (n == 0) {
                    throw new IllegalStateException(kinds[k] + ": nothing read");
                }
            });
            System.out.printf(Locale.ROOT, "paired read %,d by id: %d measured rounds after %d warm-up rounds (load %s)%n",
                    ids.size(), rounds, warmUp, load());
            summary("read by id", kinds, s);
        } finally {
            close(p);
        }
    }

    /** Paired search rounds on populated stores: UMR (2,000 queries) and title (200 queries). */
    static void search(String[] kinds) throws Exception {
        Stores.Populated[] p = populated(kinds);
        try {
            Random r = new Random(2);
            List<String> references = new ArrayList<>();
            for (int i = 0; i < 2_000; i++) {
                references.add(BenchData.umr(r.nextInt(BenchData.RECORDS)));
            }
            List<String> titles = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                String[] words = p[0].slips().get(r.nextInt(BenchData.RECORDS)).title().split(" ");
                titles.add(words[0].substring(0, 4) + " " + words[1] + " " + words[3]);
            }
            searchRounds("search 2,000 by UMR", kinds, p, references, true);
            searchRounds("search 200 by title", kinds, p, titles, false);
        } finally {
            close(p);
        }
    }

    private static void searchRounds(String label, String[] kinds, Stores.Populated[] p, List<String> queries,
                                     boolean oneHitEach) {
        int warmUp = 10;
        int rounds = 15;
        Sample[][] s = alternating(kinds.length, warmUp, rounds, k -> {
            long hits = 0;
            for (String q : queries) {
                hits += p[k].store().search(q, SearchBenchmark.PAGE).size();
            }
            if (oneHitEach && hits != queries.size()) {
                throw new IllegalStateException(kinds[k] + ": a reference search missed (" + hits + " hits)");
            }
        });
        System.out.printf(Locale.ROOT, "paired %s: %d measured rounds after %d warm-up rounds (load %s)%n", label, rounds,
                warmUp, load());
        summary(label, kinds, s);
    }

    /**
     * {@code warmUp} unmeasured and {@code rounds} measured rounds of {@code work} on each of {@code kinds}
     * stores, the order alternating every round; the measured samples, round by kind.
     */
    private static Sample[][] alternating(int kinds, int warmUp, int rounds, java.util.function.IntConsumer work) {
        Sample[][] s = new Sample[rounds][kinds];
        for (int round = -warmUp; round < rounds; round++) {
            Sample[] r = new Sample[kinds];
            for (int j = 0; j < kinds; j++) {
                int k = Math.floorMod(round, 2) == 0 ? j : kinds - 1 - j;
                long c0 = MX.getCurrentThreadCpuTime();
                long w0 = System.nanoTime();
                work.accept(k);
                r[k] = new Sample((System.nanoTime() - w0) / 1e6, (MX.getCurrentThreadCpuTime() - c0) / 1e6);
            }
            if (round >= 0) {
                s[round] = r;
            }
        }
        return s;
    }

    private static Stores.Populated[] populated(String[] kinds) throws Exception {
        Stores.Populated[] p = new Stores.Populated[kinds.length];
        try {
            for (int k = 0; k < kinds.length; k++) {
                p[k] = Stores.populated(kinds[k]);
            }
            return p;
        } catch (Exception | Error e) {
            close(p);
            throw e;
        }
    }

    private static void close(Stores.Populated[] p) throws Exception {
        for (Stores.Populated x : p) {
            if (x != null) {
                x.close();
            }
        }
    }

    /** Prints, per kind after the first, the median (and range) of the per-round ratios. */
    private static void summary(String label, String[] kinds, Sample[][] s) {
        for (int k = 1; k < kinds.length; k++) {
            double[] wall = new double[s.length];
            double[] cpu = new double[s.length];
            double[] base = new double[s.length];
            double[] own = new double[s.length];
            for (int i = 0; i < s.length; i++) {
                wall[i] = s[i][k].wallMs / s[i][0].wallMs;
                cpu[i] = s[i][k].cpuMs / s[i][0].cpuMs;
                base[i] = s[i][0].wallMs;
                own[i] = s[i][k].wallMs;
            }
            System.out.printf(Locale.ROOT,
                    "%-22s %-13s median ratio wall %.3f (range %.3f-%.3f), CPU %.3f (range %.3f-%.3f);"
                            + " median wall %s %.1f ms, %s %.1f ms%n",
                    label, kinds[k], median(wall), min(wall), max(wall), median(cpu), min(cpu), max(cpu),
                    kinds[0], median(base), kinds[k], median(own));
        }
    }

    static double median(double[] v) {
        double[] c = v.clone();
        Arrays.sort(c);
        int n = c.length;
        return n % 2 == 1 ? c[n / 2] : (c[n / 2 - 1] + c[n / 2]) / 2;
    }

    private static double min(double[] v) {
        return Arrays.stream(v).min().orElse(Double.NaN);
    }

    private static double max(double[] v) {
        return Arrays.stream(v).max().orElse(Double.NaN);
    }

    private static String load() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
            return f[0];
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }
}
