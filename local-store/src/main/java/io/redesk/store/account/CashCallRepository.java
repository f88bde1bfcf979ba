package io.redesk.store.account;

import io.redesk.store.doc.DocumentRepository;
import io.redesk.store.doc.DocumentTable;
import io.redesk.store.doc.SessionSource;
import io.redesk.store.doc.Stored;
import java.util.List;

/** Cash calls per claim. */
public final class CashCallRepository extends DocumentRepository<CashCallRecord> {

    public static final DocumentTable<CashCallRecord> TABLE = DocumentTable.of("cash_calls", CashCallRecord.class)
            .id(CashCallRecord::id)
            .column("claim_id", CashCallRecord::claimId)
            .column("status", CashCallRecord::status)
            .build();

    public CashCallRepository(SessionSource sessions) {
        super(sessions, TABLE);
    }

    public List<Stored<CashCallRecord>> forClaim(String claimId) {
        return findBy("claim_id", claimId);
    }
}
