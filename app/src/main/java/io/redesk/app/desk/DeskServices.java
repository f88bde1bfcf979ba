package io.redesk.app.desk;

import io.redesk.store.draft.DraftRepository;
import io.redesk.store.placement.PlacementRepository;
import io.redesk.store.placement.SlipVersionRepository;
import io.redesk.store.vault.Vault;

import java.util.Objects;
import java.util.Optional;

/**
 * What the placement desk needs from the signed-in session: the unlocked vault, and the broker's
 * exchange service when an exchange is reachable (absent offline: slips still work, inquiries wait).
 */
public record DeskServices(Vault vault, Optional<BrokerDesk> broker, String userId) {

    public DeskServices {
        Objects.requireNonNull(vault, "vault");
        Objects.requireNonNull(broker, "broker");
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
