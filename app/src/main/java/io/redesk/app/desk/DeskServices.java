package io.redesk.app.desk;

import io.redesk.app.sync.engine.SyncEngine;
import io.redesk.app.underwriting.UnderwriterDesk;
import io.redesk.sdk.ExchangeClient;
import io.redesk.store.draft.DraftRepository;
import io.redesk.store.placement.PlacementRepository;
import io.redesk.store.placement.SlipVersionRepository;
import io.redesk.store.vault.Vault;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The desk's composition root for one signed-in session (issue 18): every desk service is built here
 * once, and the pages take what they need from it instead of building their own. It holds the unlocked
 * vault and its repositories, the slips catalog, the broker's exchange service (a broker's session), the
 * underwriter's desk (an underwriter's session), and, when the session syncs, the slip outbox and the
 * endorsement outbox over the session's sync engine. UI-free; built by the main window at sign-in and
 * dropped at sign-out (the pages' reset hook).
 */
public final class DeskServices {

    private final Vault vault;
    private final Optional<BrokerDesk> broker;
    private final Optional<UnderwriterDesk> underwriter;
    private final String userId;
    private final Optional<SyncEngine> sync;
    private final PlacementRepository placements;
    private final SlipVersionRepository versions;
    private final DraftRepository drafts;
    private final SlipCatalog catalog;
    private final Optional<SlipOutbox> slipOutbox;
    private final Optional<Endorsing.Outbox> endorsements;

    /**
     * The services over {@code vault}: {@code broker} / {@code underwriter} present for those roles, and
     * {@code sync} the session's engine when it runs one (its outbox carries offline edits).
     */
    public DeskServices(Vault vault, Optional<BrokerDesk> broker, Optional<UnderwriterDesk> underwriter, String userId,
                        Optional<SyncEngine> sync) {
        this.vault = Objects.requireNonNull(vault, "vault");
        this.broker = Objects.requireNonNull(broker, "broker");
        this.underwriter = Objects.requireNonNull(underwriter, "underwriter");
        this.userId = userId;
        this.sync = Objects.requireNonNull(sync, "sync");
        this.placements = new PlacementRepository(vault);
        this.versions = new SlipVersionRepository(vault);
        this.drafts = new DraftRepository(vault);
        this.catalog = new SlipCatalog(vault);
        // saved slips and submissions go to the exchange through the outbox (offline drafting, ADR 0771/0791)
        this.slipOutbox = sync.flatMap(engine -> broker.map(b -> new SlipOutbox(engine, b::cedents)));
        // endorsements go through the outbox like every change that must reach the exchange (ADR 0740)
        this.endorsements = sync.map(engine -> (id, request) -> engine.changes().endorse(id, request));
    }

    /** Services of a broker's desk (tests, a session that does not sync: {@code sync} empty). */
    public DeskServices(Vault vault, Optional<BrokerDesk> broker, String userId, Optional<SyncEngine> sync) {
        this(vault, broker, Optional.empty(), userId, sync);
    }

    /** Services without a sync engine (tests, a session that does not sync). */
    public DeskServices(Vault vault, Optional<BrokerDesk> broker, String userId) {
        this(vault, broker, userId, Optional.empty());
    }

    /**
     * Builds the services of one session: the broker's desk for a broker (its parties kept in the vault,
     * so a slip drafted offline still finds its cedent), the underwriter's desk for an underwriter.
     */
    public static DeskServices forSession(Vault vault, ExchangeClient client, UUID organisation, String userId,
                                          boolean isBroker, boolean isUnderwriter, Optional<SyncEngine> sync) {
        Optional<BrokerDesk> broker = isBroker
                ? Optional.of(new BrokerDesk(client, new PlacementRepository(vault), Clock.systemUTC()).keepingPartiesIn(vault))
                : Optional.empty();
        Optional<UnderwriterDesk> underwriter = isUnderwriter
                ? Optional.of(new UnderwriterDesk(client, organisation, sync)) : Optional.empty();
        return new DeskServices(vault, broker, underwriter, userId, sync);
    }

    public Vault vault() {
        return vault;
    }

    /** The broker's exchange service (a broker's session). */
    public Optional<BrokerDesk> broker() {
        return broker;
    }

    /** The underwriter's desk (an underwriter's session). */
    public Optional<UnderwriterDesk> underwriter() {
        return underwriter;
    }

    public String userId() {
        return userId;
    }

    public Optional<SyncEngine> sync() {
        return sync;
    }

    public PlacementRepository placements() {
        return placements;
    }

    public SlipVersionRepository versions() {
        return versions;
    }

    public DraftRepository drafts() {
        return drafts;
    }

    public SlipCatalog catalog() {
        return catalog;
    }

    /** The slip outbox: a broker's session that syncs. */
    public Optional<SlipOutbox> slipOutbox() {
        return slipOutbox;
    }

    /** Where endorsements are queued: a session that syncs. */
    public Optional<Endorsing.Outbox> endorsements() {
        return endorsements;
    }
}
