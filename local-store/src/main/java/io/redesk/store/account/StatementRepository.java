package io.redesk.store.account;

import io.redesk.store.doc.DocumentRepository;
import io.redesk.store.doc.DocumentTable;
import io.redesk.store.doc.SessionSource;
import io.redesk.store.doc.Stored;
import java.util.Arrays;
import java.util.List;

/** Statements of account, per counterparty, searchable by reference. */
public final class StatementRepository extends DocumentRepository<StatementRecord> {

    public static final DocumentTable<StatementRecord> TABLE = DocumentTable.of("statements", StatementRecord.class)
            .id(StatementRecord::id)
            .column("counterparty_id", StatementRecord::counterpartyId)
            .column("status", StatementRecord::status)
            .searchable(s -> Arrays.asList(s.reference()))
            .build();

    public StatementRepository(SessionSource sessions) {
        super(sessions, TABLE);
    }

    public List<Stored<StatementRecord>> withCounterparty(String counterpartyId) {
        return findBy("counterparty_id", counterpartyId);
    }
}
