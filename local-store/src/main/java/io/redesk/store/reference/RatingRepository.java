package io.redesk.store.reference;

import io.redesk.store.doc.DocumentRepository;
import io.redesk.store.doc.DocumentTable;
import io.redesk.store.doc.SessionSource;
import io.redesk.store.doc.Stored;
import java.util.List;

/** Ratings per organisation (the organisation must exist: foreign key). */
public final class RatingRepository extends DocumentRepository<RatingRecord> {

    public static final DocumentTable<RatingRecord> TABLE = DocumentTable.of("ratings", RatingRecord.class)
            .id(RatingRecord::id)
            .column("org_id", RatingRecord::orgId)
            .build();

    public RatingRepository(SessionSource sessions) {
        super(sessions, TABLE);
    }

    public List<Stored<RatingRecord>> forOrganisation(String orgId) {
        return findBy("org_id", orgId);
    }
}
