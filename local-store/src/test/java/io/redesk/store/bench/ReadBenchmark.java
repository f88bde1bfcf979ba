package io.redesk.store.bench;

import java.io.IOException;
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

/** Reading the 100,000 records back, every one by id, in random order. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 6)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
public class ReadBenchmark {

    @Param({"PLAIN", "INTERNATIONAL", "GM"})
    public String store;

    private final CpuTime cpu = new CpuTime();
    private Stores.Populated populated;
    private List<String> ids;

    @Setup(Level.Trial)
    public void populate() throws IOException {
        populated = Stores.populated(store);
        ids = populated.shuffledIds(1);
    }

    @Benchmark
    public long readAllById() {
        long n = 0;
        for (String id : ids) {
            n += populated.store().get(id).value().title().length();
        }
        return n;
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
