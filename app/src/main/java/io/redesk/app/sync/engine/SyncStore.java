package io.redesk.app.sync.engine;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.redesk.sdk.model.WireJson;
import io.redesk.store.outbox.Outbox;
import io.redesk.store.sync.SyncCursors;
import io.redesk.store.vault.Vault;

/**
 * The parts of one vault the sync engine works on: the outbox and pull cursors (local-store's), the
 * exchange's copies and the conflict records (tables declared by local-store, records defined here),
 * and the projections the screens read.
 */
public final class SyncStore {

    /** The pull cursor's stream name in {@link SyncCursors}. */
    public static final String FEED_STREAM = "exchange.changes";

    private final Vault vault;
    private final Outbox outbox;
    private final SyncCursors cursors;
    private final ServerCopies copies;
    private final Conflicts conflicts;
    private final Projections projections;
    private final ObjectMapper wire;

    public SyncStore(Vault vault) {
        this.vault = vault;
        this.wire = WireJson.newMapper();
        this.outbox = new Outbox(vault);
        this.cursors = new SyncCursors(vault);
        this.copies = new ServerCopies(vault);
        this.conflicts = new Conflicts(vault);
        this.projections = new Projections(vault, wire);
    }

    public Vault vault() {
        return vault;
    }

    public Outbox outbox() {
        return outbox;
    }

    public SyncCursors cursors() {
        return cursors;
    }

    public ServerCopies copies() {
        return copies;
    }

    public Conflicts conflicts() {
        return conflicts;
    }

    public Projections projections() {
        return projections;
    }

    /** The wire JSON mapper (the SDK's configuration). */
    public ObjectMapper wire() {
        return wire;
    }
}
