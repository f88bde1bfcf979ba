package io.redesk.store.bench;

import io.redesk.store.crypto.CryptoSuite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/** Opens the store a benchmark parameter names, and the populated stores the read benchmarks share. */
final class Stores {

    /**
     * System property naming a directory where populated stores are kept for one {@code bench.sh} run
     * (set by {@link BenchMain}, deleted at its end): every read and search trial runs in its own JVM,
     * and populating 100,000 records costs far more than the reads measured.
     */
    static final String POPULATED_DIR = "redesk.bench.populated";

    private Stores() {
    }

    static BenchStore open(String kind, Path dir) {
        return kind.equals("PLAIN") ? new PlainStore(dir.resolve("plain.db")) : new VaultStore(dir, CryptoSuite.valueOf(kind));
    }

    /** A store of that kind holding the {@link BenchData#RECORDS} records, written in batches. */
    static Populated populated(String kind) throws IOException {
        String shared = System.getProperty(POPULATED_DIR);
        Path dir = shared != null ? Path.of(shared).resolve(kind) : Files.createTempDirectory(Path.of("target"), "bench-" + kind + "-");
        Path done = dir.resolve("complete");
        List<BenchSlip> slips = BenchData.slips(BenchData.RECORDS);
        if (!Files.exists(done)) {
            if (Files.exists(dir)) {
                delete(dir);
            }
            Files.createDirectories(dir);
            try (BenchStore s = open(kind, dir)) {
                for (int i = 0; i < slips.size(); i += BenchData.BATCH) {
                    s.writeBatch(slips.subList(i, Math.min(slips.size(), i + BenchData.BATCH)));
                }
            }
            Files.writeString(done, "populated\n");
        }
        return new Populated(open(kind, dir), shared == null ? dir : null, slips);
    }

    /** An open populated store; {@code ownDir} is deleted on close when it is not the shared one. */
    record Populated(BenchStore store, Path ownDir, List<BenchSlip> slips) implements AutoCloseable {
        List<String> shuffledIds(long seed) {
            List<String> ids = new ArrayList<>(slips.size());
            for (BenchSlip s : slips) {
                ids.add(s.id());
            }
            Collections.shuffle(ids, new Random(seed));
            return ids;
        }

        @Override
        public void close() throws IOException {
            store.close();
            if (ownDir != null) {
                delete(ownDir);
            }
        }
    }

    static void delete(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
