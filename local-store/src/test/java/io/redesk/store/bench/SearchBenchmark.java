package io.redesk.store.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;

/**
 * Blind-index search over the 100,000 records, as the search box uses it: each query returns the
 * first {@value #PAGE} hits (oldest change first). Two mixes, measured separately:
 * {@code byReference}, 2,000 full UMRs (one hit each), and {@code byTitle}, 200 queries of a title
 * word prefix, a second title word and the year (e.g. "paci marine 2024", about 0.2% of records
 * match, so a full page of 50 usually). Both stores use the same tokenisation.
 *
 * <p>Warm-up: one {@code byReference} iteration is only 2,000 queries (~0.1 s), and two such
 * warm-up iterations left the JIT still compiling: in a fresh JVM the first dozen passes over the
 * same 2,000 queries cost 2-10 times the steady state, more for the vault (AES-GCM's GHASH runs as
 * plain Java until C2 compiles it into the intrinsic). So {@code byReference} warms up for 30
 * iterations (60,000 queries, a few seconds) and measures 20; {@code byTitle} (10,000 decrypted hits
 * per iteration) warms up for 5 and measures 8. The same for every store.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
public class SearchBenchmark {

    /** Hits per query, as a result page of the search box. */
    public static final int PAGE = 50;

    @Param({"PLAIN", "INTERNATIONAL", "GM"})
    public String store;

    private final CpuTime cpu = new CpuTime();
    private Stores.Populated populated;
    private List<String> references;
    private List<String> titles;

    @Setup(Level.Trial)
    public void populate() throws IOException {
        populated = Stores.populated(store);
        Random r = new Random(2);
        references = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            references.add(BenchData.umr(r.nextInt(BenchData.RECORDS)));
        }
        titles = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            String[] words = populated.slips().get(r.nextInt(BenchData.RECORDS)).title().split(" ");
            titles.add(words[0].substring(0, 4) + " " + words[1] + " " + words[3]);
        }
    }

    @Benchmark
    @Warmup(iterations = 30)
    @Measurement(iterations = 20)
    public long byReference() {
        long hits = 0;
        for (String q : references) {
            hits += populated.store().search(q, PAGE).size();
        }
        if (hits != references.size()) {
            throw new IllegalStateException("a reference search missed: " + hits + " hits for " + references.size());
        }
        return hits;
    }

    @Benchmark
    @Warmup(iterations = 5)
    @Measurement(iterations = 8)
    public long byTitle() {
        long hits = 0;
        for (String q : titles) {
            hits += populated.store().search(q, PAGE).size();
        }
        return hits;
    }

    @Setup(Level.Iteration)
    public void cpuStart(IterationParams iteration) {
        cpu.start(iteration);
    }

    @TearDown(Level.Iteration)
    public void cpuStop(BenchmarkParams params) {
        cpu.stop(params, store);
    }

    @TearDown(Level.Trial)
    public void close() throws IOException {
        populated.close();
    }
}
