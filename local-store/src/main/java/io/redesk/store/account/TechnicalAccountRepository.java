package io.redesk.store.account;

import io.redesk.store.doc.DocumentRepository;
import io.redesk.store.doc.DocumentTable;
import io.redesk.store.doc.SessionSource;
import io.redesk.store.doc.Stored;
import java.util.List;

/**
 * Technical accounts per contract. Not in the blind index: the accounts list holds its rows in memory and
 * filters there (as the slips list does), so a first sync of 100,000 accounts writes no index rows.
 */
public final class TechnicalAccountRepository extends DocumentRepository<TechnicalAccountRecord> {

    public static final DocumentTable<TechnicalAccountRecord> TABLE = DocumentTable
            .of("technical_accounts", TechnicalAccountRecord.class)
            .id(TechnicalAccountRecord::id)
            .column("placement_id", TechnicalAccountRecord::placementId)
            .column("status", TechnicalAccountRecord::status)
            .build();

    public TechnicalAccountRepository(SessionSource sessions) {
        super(sessions, TABLE);
    }

    public List<Stored<TechnicalAccountRecord>> forPlacement(String placementId) {
        return findBy("placement_id", placementId);
    }

    public List<Stored<TechnicalAccountRecord>> withStatus(String status) {
        return findBy("status", status);
    }
}
