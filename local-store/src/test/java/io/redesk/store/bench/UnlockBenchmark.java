package io.redesk.store.bench;

import io.redesk.store.crypto.CryptoSuite;
import io.redesk.store.crypto.KdfParams;
import io.redesk.store.vault.Vault;
import io.redesk.store.vault.VaultLocation;
import io.redesk.store.vault.VaultOptions;
import io.redesk.store.vault.Vaults;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/** Unlock with the default Argon2id cost (64 MiB, 3 passes, 4 lanes), key derivation included. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
public class UnlockBenchmark {

    @Param({"INTERNATIONAL", "GM"})
    public String suite;

    private Path dir;
    private Vault vault;

    @Setup
    public void create() throws IOException {
        dir = Files.createTempDirectory(Path.of("target"), "bench-unlock-");
        VaultOptions opts = VaultOptions.defaults().withKdf(KdfParams.DEFAULT);
        Vaults.create(new VaultLocation(dir, "bench"), "bench passphrase".toCharArray(), CryptoSuite.valueOf(suite), opts)
                .close();
        vault = Vaults.open(new VaultLocation(dir, "bench"), opts);
    }

    @Benchmark
    public boolean unlockAndLock() {
        vault.unlock("bench passphrase".toCharArray());
        boolean ok = vault.isUnlocked();
        vault.lock();
        return ok;
    }

    @TearDown
    public void delete() throws IOException {
        vault.close();
        Stores.delete(dir);
    }
}
