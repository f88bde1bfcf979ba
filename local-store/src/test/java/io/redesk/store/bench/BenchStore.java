package io.redesk.store.bench;

import io.redesk.store.doc.Stored;
import java.util.List;

/** What the benchmarks do to either store; both return records as the document layer does. */
interface BenchStore extends AutoCloseable {
    void writeBatch(List<BenchSlip> batch);

    Stored<BenchSlip> get(String id);

    /** The first {@code limit} records matching every term of {@code query}, oldest change first. */
    List<Stored<BenchSlip>> search(String query, int limit);

    @Override
    void close();
}
