package io.redesk.store.account;

import io.redesk.store.doc.DocumentRepository;
import io.redesk.store.doc.DocumentTable;
import io.redesk.store.doc.SessionSource;
import io.redesk.store.doc.Stored;
import java.util.Arrays;
import java.util.List;

/** Settlements per counterparty, searchable by reference. */
public final class SettlementRepository extends DocumentRepository<SettlementRecord> {

    public static final DocumentTable<SettlementRecord> TABLE = DocumentTable.of("settlements", SettlementRecord.class)
            .id(SettlementRecord::id)
            .column("counterparty_id", SettlementRecord::counterpartyId)
            .column("status", SettlementRecord::status)
            .searchable(s -> Arrays.asList(s.reference()))
            .build();

    public SettlementRepository(SessionSource sessions) {
        super(sessions, TABLE);
    }

    public List<Stored<SettlementRecord>> withCounterparty(String counterpartyId) {
        return findBy("counterparty_id", counterpartyId);
    }
}
