package io.redesk.store.account;

import io.redesk.store.doc.DocumentRepository;
import io.redesk.store.doc.DocumentTable;
import io.redesk.store.doc.SessionSource;
import io.redesk.store.doc.Stored;
import java.util.List;

/** Claims per placement. */
public final class ClaimRepository extends DocumentRepository<ClaimRecord> {

    public static final DocumentTable<ClaimRecord> TABLE = DocumentTable.of("claims", ClaimRecord.class)
            .id(ClaimRecord::id)
            .column("placement_id", ClaimRecord::placementId)
            .build();

    public ClaimRepository(SessionSource sessions) {
        super(sessions, TABLE);
    }

    public List<Stored<ClaimRecord>> forPlacement(String placementId) {
        return findBy("placement_id", placementId);
    }
}
