package io.redesk.app.desk;

import io.redesk.app.sync.engine.SyncEngine;
import io.redesk.store.draft.DraftRepository;
import io.redesk.store.placement.PlacementRepository;
import io.redesk.store.placement.SlipVersionRepository;
import io.redesk.store.vault.Vault;

import java.util.Objects;
import java.util.Optional;

/**
 * What the placement desk needs from the signed-in session: the unlocked vault, the broker's exchange
 * service when an exchange is reachable (absent offline: slips still work, inquiries wait), and the
 * session's sync engine when there is one (its outbox carries offline edits such as endorsements; its
 * pulls tell the slips list to reload).
 */
public record DeskServices(Vault vault, Optional<BrokerDesk> broker, String userId, Optional<SyncEngine> sync) {

    public DeskServices {
        Objects.requireNonNull(vault, "vault");
        Objects.requireNonNull(broker, "broker");
        Objects.requireNonNull(sync, "sync");
    }

    /** Services without a sync engine (tests, a session that does not sync). */
    public DeskServices(Vault vault, Optional<BrokerDesk> broker, String userId) {
        this(vault, broker, userId, Optional.empty());
    }

    public PlacementRepository placements() {
        return new PlacementRepository(vault);
    }

    public SlipVersionRepository versions() {
        return new SlipVersionRepository(vault);
    }

    public DraftRepository drafts() {
        return new DraftRepository(vault);
    }

    public SlipCatalog catalog() {
        return new SlipCatalog(vault);
    }
}
