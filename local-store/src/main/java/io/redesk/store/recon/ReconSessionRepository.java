package io.redesk.store.recon;

import io.redesk.store.doc.DocumentRepository;
import io.redesk.store.doc.DocumentTable;
import io.redesk.store.doc.SessionSource;
import io.redesk.store.doc.Stored;
import java.util.List;

/** Reconciliation sessions by status. */
public final class ReconSessionRepository extends DocumentRepository<ReconSessionRecord> {

    public static final DocumentTable<ReconSessionRecord> TABLE = DocumentTable.of("recon_sessions", ReconSessionRecord.class)
            .id(ReconSessionRecord::id)
            .column("status", ReconSessionRecord::status)
            .build();

    public ReconSessionRepository(SessionSource sessions) {
        super(sessions, TABLE);
    }

    public List<Stored<ReconSessionRecord>> withStatus(ReconSessionRecord.Status status) {
        return findBy("status", status);
    }
}
