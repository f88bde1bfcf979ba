package io.redesk.store.placement;

import io.redesk.domain.placement.PlacementStatus;
import io.redesk.store.doc.DocumentRepository;
import io.redesk.store.doc.DocumentTable;
import io.redesk.store.doc.SessionSource;
import io.redesk.store.doc.Stored;
import java.util.Arrays;
import java.util.List;

/** Placements: by id, by status (home screen lists), and searchable by title and UMR. */
public final class PlacementRepository extends DocumentRepository<PlacementRecord> {

    public static final DocumentTable<PlacementRecord> TABLE = DocumentTable.of("placements", PlacementRecord.class)
            .id(PlacementRecord::id)
            .column("status", PlacementRecord::status)
            .searchable(p -> Arrays.asList(p.title(), p.umr()))
            .build();

    public PlacementRepository(SessionSource sessions) {
        super(sessions, TABLE);
    }

    public List<Stored<PlacementRecord>> byStatus(PlacementStatus status) {
        return findBy("status", status);
    }
}
