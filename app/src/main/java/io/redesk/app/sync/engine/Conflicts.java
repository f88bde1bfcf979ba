package io.redesk.app.sync.engine;

import io.redesk.store.doc.DocumentRepository;
import io.redesk.store.doc.DocumentTable;
import io.redesk.store.doc.SessionSource;
import io.redesk.store.doc.Stored;
import java.util.List;

/** The vault table of {@link ConflictRecord}s ({@code sync_conflicts}); status and aggregate are plaintext. */
public final class Conflicts extends DocumentRepository<ConflictRecord> {

    public static final DocumentTable<ConflictRecord> TABLE = DocumentTable.of("sync_conflicts", ConflictRecord.class)
            .id(ConflictRecord::id)
            .column("status", ConflictRecord::status)
            .column("aggregate_type", ConflictRecord::aggregateType)
            .column("aggregate_id", ConflictRecord::aggregateId)
            .build();

    public Conflicts(SessionSource sessions) {
        super(sessions, TABLE);
    }

    public List<Stored<ConflictRecord>> open() {
        return findBy("status", ConflictRecord.OPEN);
    }

    public long openCount() {
        return open().size();
    }
}
