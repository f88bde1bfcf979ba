package io.redesk.store.draft;

import io.redesk.store.doc.DocumentRepository;
import io.redesk.store.doc.DocumentTable;
import io.redesk.store.doc.SessionSource;
import io.redesk.store.doc.Stored;
import java.util.Arrays;
import java.util.List;

/** Local-only drafts per editor kind, searchable by title. */
public final class DraftRepository extends DocumentRepository<DraftRecord> {

    public static final DocumentTable<DraftRecord> TABLE = DocumentTable.of("drafts", DraftRecord.class)
            .id(DraftRecord::id)
            .column("kind", DraftRecord::kind)
            .searchable(d -> Arrays.asList(d.title()))
            .build();

    public DraftRepository(SessionSource sessions) {
        super(sessions, TABLE);
    }

    public List<Stored<DraftRecord>> ofKind(String kind) {
        return findBy("kind", kind);
    }
}
