package io.redesk.store.reference;

import io.redesk.store.doc.DocumentRepository;
import io.redesk.store.doc.DocumentTable;
import io.redesk.store.doc.SessionSource;
import java.util.List;

/** Insurance pools, searchable by name and sector. */
public final class PoolRepository extends DocumentRepository<PoolRecord> {

    public static final DocumentTable<PoolRecord> TABLE = DocumentTable.of("pools", PoolRecord.class)
            .id(PoolRecord::id)
            .searchable(p -> java.util.Arrays.asList(p.name(), p.sector()))
            .build();

    public PoolRepository(SessionSource sessions) {
        super(sessions, TABLE);
    }

    public List<io.redesk.store.doc.Stored<PoolRecord>> named(String query) {
        return search(query);
    }
}
