package io.redesk.store.placement;

import io.redesk.store.doc.DocumentRepository;
import io.redesk.store.doc.DocumentTable;
import io.redesk.store.doc.SessionSource;
import io.redesk.store.doc.Stored;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Slip versions of a placement, oldest first; a (placement, version number) pair is unique. */
public final class SlipVersionRepository extends DocumentRepository<SlipVersionRecord> {

    public static final DocumentTable<SlipVersionRecord> TABLE = DocumentTable.of("slip_versions", SlipVersionRecord.class)
            .id(SlipVersionRecord::id)
            .column("placement_id", SlipVersionRecord::placementId)
            .column("slip_version", SlipVersionRecord::slipVersion)
            .build();

    public SlipVersionRepository(SessionSource sessions) {
        super(sessions, TABLE);
    }

    public List<Stored<SlipVersionRecord>> versionsOf(String placementId) {
        List<Stored<SlipVersionRecord>> all = new java.util.ArrayList<>(findBy("placement_id", placementId));
        all.sort(Comparator.comparingInt(s -> s.value().slipVersion()));
        return all;
    }

    public Optional<Stored<SlipVersionRecord>> latestOf(String placementId) {
        List<Stored<SlipVersionRecord>> all = versionsOf(placementId);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }
}
