package io.redesk.store.registration;

import io.redesk.store.doc.DocumentRepository;
import io.redesk.store.doc.DocumentTable;
import io.redesk.store.doc.SessionSource;
import io.redesk.store.doc.Stored;
import java.util.Arrays;
import java.util.List;

/** Registrations, per placement and by status; searchable by registration number. */
public final class RegistrationRepository extends DocumentRepository<RegistrationRecord> {

    public static final DocumentTable<RegistrationRecord> TABLE = DocumentTable.of("registrations", RegistrationRecord.class)
            .id(RegistrationRecord::id)
            .column("placement_id", RegistrationRecord::placementId)
            .column("status", RegistrationRecord::status)
            .searchable(r -> Arrays.asList(r.registrationNumber()))
            .build();

    public RegistrationRepository(SessionSource sessions) {
        super(sessions, TABLE);
    }

    public List<Stored<RegistrationRecord>> forPlacement(String placementId) {
        return findBy("placement_id", placementId);
    }

    public List<Stored<RegistrationRecord>> withStatus(RegistrationRecord.Status status) {
        return findBy("status", status);
    }
}
