package io.redesk.store.bench;

import io.redesk.store.crypto.CryptoSuite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
 * Writing 100,000 slip-sized records in batches of 1,000 (one transaction each) into a fresh store.
 * One warm-up and five measured iterations of the whole 100,000: about 6-7 minutes for the three
 * stores on an idle two-core machine.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
public class WriteBenchmark {

    @Param({"PLAIN", "INTERNATIONAL", "GM"})
    public String store;

    private List<BenchSlip> slips;
    private Path dir;
    private BenchStore target;

    @Setup(Level.Trial)
    public void data() {
        slips = BenchData.slips(BenchData.RECORDS);
    }

    private final CpuTime cpu = new CpuTime();

    @Setup(Level.Iteration)
    public void open(IterationParams iteration) throws IOException {
        dir = Files.createTempDirectory(Path.of("target"), "bench-write-");
        target = Stores.open(store, dir);
        cpu.start(iteration);
    }

    @Benchmark
    public int write100k() {
        for (int i = 0; i < slips.size(); i += BenchData.BATCH) {
            target.writeBatch(slips.subList(i, Math.min(slips.size(), i + BenchData.BATCH)));
        }
        return slips.size();
    }

    @TearDown(Level.Iteration)
    public void close(BenchmarkParams params) throws IOException {
        cpu.stop(params, store);
        target.close();
        Stores.delete(dir);
    }
}
