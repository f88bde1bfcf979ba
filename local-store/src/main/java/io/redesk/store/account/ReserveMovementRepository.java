package io.redesk.store.account;

import io.redesk.store.doc.DocumentRepository;
import io.redesk.store.doc.DocumentTable;
import io.redesk.store.doc.SessionSource;
import io.redesk.store.doc.Stored;
import java.util.List;

/** Reserve movements per claim. */
public final class ReserveMovementRepository extends DocumentRepository<ReserveMovementRecord> {

    public static final DocumentTable<ReserveMovementRecord> TABLE =
            DocumentTable.of("reserve_movements", ReserveMovementRecord.class)
                    .id(ReserveMovementRecord::id)
                    .column("claim_id", ReserveMovementRecord::claimId)
                    .build();

    public ReserveMovementRepository(SessionSource sessions) {
        super(sessions, TABLE);
    }

    public List<Stored<ReserveMovementRecord>> forClaim(String claimId) {
        return findBy("claim_id", claimId);
    }
}
