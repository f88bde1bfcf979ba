package io.redesk.store.bench;

import io.redesk.store.crypto.CryptoSuite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Opens the store a benchmark parameter names. */
final class Stores {

    private Stores() {
    }

    static BenchStore open(String kind, Path dir) {
        return kind.equals("PLAIN") ? new PlainStore(dir.resolve("plain.db")) : new VaultStore(dir, CryptoSuite.valueOf(kind));
    }

    static void delete(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
