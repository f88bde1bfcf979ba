package io.redesk.store.reference;

import io.redesk.domain.party.OrgType;
import io.redesk.domain.party.Organisation;
import io.redesk.store.doc.DocumentRepository;
import io.redesk.store.doc.DocumentTable;
import io.redesk.store.doc.SessionSource;
import io.redesk.store.doc.Stored;
import java.util.List;

/** Market participants (the domain's {@link Organisation} as payload), by type and searchable by name. */
public final class OrganisationRepository extends DocumentRepository<Organisation> {

    public static final DocumentTable<Organisation> TABLE = DocumentTable.of("organisations", Organisation.class)
            .id(Organisation::id)
            .column("org_type", Organisation::type)
            .searchable(o -> List.of(o.name()))
            .build();

    public OrganisationRepository(SessionSource sessions) {
        super(sessions, TABLE);
    }

    public List<Stored<Organisation>> ofType(OrgType type) {
        return findBy("org_type", type);
    }
}
