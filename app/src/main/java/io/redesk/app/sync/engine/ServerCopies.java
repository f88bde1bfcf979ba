package io.redesk.app.sync.engine;

import io.redesk.store.doc.DocumentRepository;
import io.redesk.store.doc.DocumentTable;
import io.redesk.store.doc.SessionSource;
import io.redesk.store.doc.Stored;
import java.util.List;
import java.util.Optional;

/**
 * The vault table of {@link ServerCopy}s ({@code sync_server_copies}, declared by local-store's
 * migrations). Encrypted like every record; entity type and placement are the plaintext columns.
 */
public final class ServerCopies extends DocumentRepository<ServerCopy> {

    public static final DocumentTable<ServerCopy> TABLE = DocumentTable.of("sync_server_copies", ServerCopy.class)
            .id(ServerCopy::id)
            .column("entity_type", ServerCopy::entityType)
            .column("placement_id", ServerCopy::placementId)
            .build();

    public ServerCopies(SessionSource sessions) {
        super(sessions, TABLE);
    }

    public Optional<ServerCopy> get(String entityType, String entityId) {
        return find(ServerCopy.key(entityType, entityId)).map(Stored::value);
    }

    public List<Stored<ServerCopy>> ofPlacement(String placementId) {
        return findBy("placement_id", placementId);
    }

    public List<Stored<ServerCopy>> ofType(String entityType) {
        return findBy("entity_type", entityType);
    }
}
