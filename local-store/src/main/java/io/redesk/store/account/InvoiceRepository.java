package io.redesk.store.account;

import io.redesk.store.doc.DocumentRepository;
import io.redesk.store.doc.DocumentTable;
import io.redesk.store.doc.SessionSource;
import io.redesk.store.doc.Stored;
import java.util.List;

/** Invoices per technical account and by state. */
public final class InvoiceRepository extends DocumentRepository<InvoiceRecord> {

    public static final DocumentTable<InvoiceRecord> TABLE = DocumentTable.of("invoices", InvoiceRecord.class)
            .id(InvoiceRecord::id)
            .column("technical_account_id", InvoiceRecord::technicalAccountId)
            .column("status", InvoiceRecord::status)
            .build();

    public InvoiceRepository(SessionSource sessions) {
        super(sessions, TABLE);
    }

    public List<Stored<InvoiceRecord>> forAccount(String technicalAccountId) {
        return findBy("technical_account_id", technicalAccountId);
    }

    public List<Stored<InvoiceRecord>> withStatus(String status) {
        return findBy("status", status);
    }
}
