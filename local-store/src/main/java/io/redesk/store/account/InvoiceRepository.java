package io.redesk.store.account;

import io.redesk.store.doc.DocumentRepository;
import io.redesk.store.doc.DocumentTable;
import io.redesk.store.doc.SessionSource;
import io.redesk.store.doc.Stored;
import java.util.Arrays;
import java.util.List;

/** Invoices by state, searchable by invoice number. */
public final class InvoiceRepository extends DocumentRepository<InvoiceRecord> {

    public static final DocumentTable<InvoiceRecord> TABLE = DocumentTable.of("invoices", InvoiceRecord.class)
            .id(InvoiceRecord::id)
            .column("status", InvoiceRecord::status)
            .searchable(i -> Arrays.asList(i.invoiceNumber()))
            .build();

    public InvoiceRepository(SessionSource sessions) {
        super(sessions, TABLE);
    }

    public List<Stored<InvoiceRecord>> withStatus(InvoiceRecord.Status status) {
        return findBy("status", status);
    }
}
