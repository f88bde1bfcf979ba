package io.redesk.store.account;

import io.redesk.store.doc.DocumentRepository;
import io.redesk.store.doc.DocumentTable;
import io.redesk.store.doc.SessionSource;
import io.redesk.store.doc.Stored;
import java.util.List;

/** Technical accounts per contract, searchable by contract reference and period. */
public final class TechnicalAccountRepository extends DocumentRepository<TechnicalAccountRecord> {

    public static final DocumentTable<TechnicalAccountRecord> TABLE = DocumentTable
            .of("technical_accounts", TechnicalAccountRecord.class)
            .id(TechnicalAccountRecord::id)
            .column("placement_id", TechnicalAccountRecord::placementId)
            .column("status", TechnicalAccountRecord::status)
            .searchable(t -> List.of(t.account().contractReference(), t.account().period()))
            .build();

    public TechnicalAccountRepository(SessionSource sessions) {
        super(sessions, TABLE);
    }

    public List<Stored<TechnicalAccountRecord>> forPlacement(String placementId) {
        return findBy("placement_id", placementId);
    }
}
