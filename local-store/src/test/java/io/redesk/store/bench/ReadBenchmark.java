package io.redesk.store.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
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

/**
 * Reading the 100,000 records back: every one by id (random order), and 5,000 blind-index searches
 * by reference (one hit each) plus 500 by a title word and year (tens of hits each).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
public class ReadBenchmark {

    @Param({"PLAIN", "INTERNATIONAL", "GM"})
    public String store;

    private Path dir;
    private BenchStore target;
    private List<String> ids;
    private List<String> queries;

    @Setup(Level.Trial)
    public void populate() throws IOException {
        dir = Files.createTempDirectory(Path.of("target"), "bench-read-");
        target = Stores.open(store, dir);
        List<BenchSlip> slips = BenchData.slips(BenchData.RECORDS);
        for (int i = 0; i < slips.size(); i += BenchData.BATCH) {
            target.writeBatch(slips.subList(i, Math.min(slips.size(), i + BenchData.BATCH)));
        }
        ids = new ArrayList<>();
        for (BenchSlip s : slips) {
            ids.add(s.id());
        }
        Collections.shuffle(ids, new Random(1));
        Random r = new Random(2);
        queries = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            queries.add(BenchData.umr(r.nextInt(BenchData.RECORDS)));
        }
        for (int i = 0; i < 500; i++) {
            BenchSlip s = slips.get(r.nextInt(slips.size()));
            String[] words = s.title().split(" ");
            queries.add(words[0].substring(0, 4) + " " + words[1] + " " + words[3]);
        }
    }

    @Benchmark
    public long readAllById() {
        long n = 0;
        for (String id : ids) {
            n += target.get(id).title().length();
        }
        return n;
    }

    @Benchmark
    public long searchBlindIndex() {
        long hits = 0;
        for (String q : queries) {
            hits += target.search(q).size();
        }
        return hits;
    }

    @TearDown(Level.Trial)
    public void close() throws IOException {
        target.close();
        Stores.delete(dir);
    }
}
