package io.redesk.store.account;

import io.redesk.store.doc.DocumentRepository;
import io.redesk.store.doc.DocumentTable;
import io.redesk.store.doc.SessionSource;
import io.redesk.store.doc.Stored;
import java.util.List;

/** Settlements by payment status. */
public final class SettlementRepository extends DocumentRepository<SettlementRecord> {

    public static final DocumentTable<SettlementRecord> TABLE = DocumentTable.of("settlements", SettlementRecord.class)
            .id(SettlementRecord::id)
            .column("status", SettlementRecord::status)
            .build();

    public SettlementRepository(SessionSource sessions) {
        super(sessions, TABLE);
    }

    public List<Stored<SettlementRecord>> withStatus(String status) {
        return findBy("status", status);
    }
}
