package io.redesk.store.account;

import io.redesk.store.doc.DocumentRepository;
import io.redesk.store.doc.DocumentTable;
import io.redesk.store.doc.SessionSource;
import io.redesk.store.doc.Stored;
import java.util.Collection;
import java.util.List;

/** Statements of account per counterparty. */
public final class StatementRepository extends DocumentRepository<StatementRecord> {

    public static final DocumentTable<StatementRecord> TABLE = DocumentTable.of("statements", StatementRecord.class)
            .id(StatementRecord::id)
            .column("counterparty_id", StatementRecord::counterpartyId)
            .build();

    public StatementRepository(SessionSource sessions) {
        super(sessions, TABLE);
    }

    public List<Stored<StatementRecord>> withCounterparty(String counterpartyId) {
        return findBy("counterparty_id", counterpartyId);
    }

    /**
     * Replaces every statement by {@code fresh} (the exchange's answer as a whole): statements that are no
     * longer in it are deleted. Call inside a vault transaction so readers see the old set or the new one.
     */
    public void replaceAll(Collection<StatementRecord> fresh) {
        java.util.Set<String> keep = new java.util.HashSet<>();
        for (StatementRecord r : fresh) {
            keep.add(r.id());
            save(r);
        }
        for (String id : ids()) {
            if (!keep.contains(id)) {
                delete(id);
            }
        }
    }
}
