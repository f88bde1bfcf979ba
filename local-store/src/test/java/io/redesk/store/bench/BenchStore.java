package io.redesk.store.bench;

import java.util.List;

/** What the benchmarks do to either store. */
interface BenchStore extends AutoCloseable {
    void writeBatch(List<BenchSlip> batch);

    BenchSlip get(String id);

    List<BenchSlip> search(String query);

    @Override
    void close();
}
