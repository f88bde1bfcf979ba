package io.redesk.store.quote;

import io.redesk.store.doc.DocumentRepository;
import io.redesk.store.doc.DocumentTable;
import io.redesk.store.doc.SessionSource;
import io.redesk.store.doc.Stored;
import java.util.List;

/** Quotes, listed per placement (the quote board). */
public final class QuoteRepository extends DocumentRepository<QuoteRecord> {

    public static final DocumentTable<QuoteRecord> TABLE = DocumentTable.of("quotes", QuoteRecord.class)
            .id(QuoteRecord::id)
            .column("placement_id", QuoteRecord::placementId)
            .column("status", QuoteRecord::status)
            .build();

    public QuoteRepository(SessionSource sessions) {
        super(sessions, TABLE);
    }

    public List<Stored<QuoteRecord>> forPlacement(String placementId) {
        return findBy("placement_id", placementId);
    }
}
