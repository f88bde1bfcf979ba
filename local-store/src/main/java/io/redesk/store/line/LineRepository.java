package io.redesk.store.line;

import io.redesk.store.doc.DocumentRepository;
import io.redesk.store.doc.DocumentTable;
import io.redesk.store.doc.SessionSource;
import io.redesk.store.doc.Stored;
import java.util.List;

/** Written lines, listed per placement (signing-down preview). */
public final class LineRepository extends DocumentRepository<LineRecord> {

    public static final DocumentTable<LineRecord> TABLE = DocumentTable.of("lines", LineRecord.class)
            .id(LineRecord::id)
            .column("placement_id", LineRecord::placementId)
            .column("status", LineRecord::status)
            .build();

    public LineRepository(SessionSource sessions) {
        super(sessions, TABLE);
    }

    public List<Stored<LineRecord>> forPlacement(String placementId) {
        return findBy("placement_id", placementId);
    }
}
