package io.redesk.app.underwriting;

import io.redesk.app.sync.engine.Delivery;
import io.redesk.app.sync.engine.LocalChanges;
import io.redesk.app.sync.engine.SyncEngine;
import io.redesk.app.sync.engine.SyncState;
import io.redesk.sdk.ExchangeClient;
import io.redesk.sdk.error.NetworkException;
import io.redesk.sdk.model.line.Line;
import io.redesk.sdk.model.line.LineWriteRequest;
import io.redesk.sdk.model.placement.Placement;
import io.redesk.sdk.model.quote.Quote;
import io.redesk.sdk.model.quote.QuoteTermsRequest;
import io.redesk.store.outbox.OutboxEntry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The underwriter's side of the market: the inbox (every placement the exchange shows this reinsurer,
 * with its own quote and line), one placement's file, quoting, declining and writing a line. Blocking:
 * run on the task executor. What the exchange does not return (competitors' quotes, other followers'
 * conditions) is never fetched or guessed; the views mark it as masked.
 *
 * <p>With the session's sync engine, quoting, declining and writing a line go through its outbox
 * ({@link LocalChanges}): saved in the vault with their idempotency key first, sent at once when the
 * exchange answers and on reconnect when it does not, so an underwriter can answer offline. The inbox
 * then also works offline, from the exchange's copies the engine keeps in the vault. Without an engine
 * (it failed to start) the desk calls the exchange directly.
 */
public final class UnderwriterDesk implements PlacementActions {

    private static final Logger LOG = LoggerFactory.getLogger(UnderwriterDesk.class);
    /** How long an action waits for the engine's first attempt before the desk reports it as pending. */
    private static final Duration FIRST_ATTEMPT = Duration.ofSeconds(10);

    /** The inbox and whether it came from the vault because the exchange could not be reached. */
    public record Snapshot(List<InboxEntry> entries, boolean offline) {
        public Snapshot {
            entries = List.copyOf(entries);
        }
    }

    private final ExchangeClient client;
    private final UUID myOrganisation;
    private final Optional<SyncEngine> engine;

    /** A desk for the reinsurer (or pool) {@code myOrganisation}, talking to the exchange directly. */
    public UnderwriterDesk(ExchangeClient client, UUID myOrganisation) {
        this(client, myOrganisation, Optional.empty());
    }

    /** A desk whose actions go through {@code engine}'s outbox when there is one. */
    public UnderwriterDesk(ExchangeClient client, UUID myOrganisation, Optional<SyncEngine> engine) {
        this.client = Objects.requireNonNull(client, "client");
        this.myOrganisation = Objects.requireNonNull(myOrganisation, "myOrganisation");
        this.engine = Objects.requireNonNull(engine, "engine");
    }

    /** Whether actions are saved in the outbox first (and so work offline). */
    public boolean worksOffline() {
        return engine.isPresent();
    }

    /** The inbox, most urgent first, then newest (online only; see {@link #load()}). */
    public List<InboxEntry> inbox() {
        Map<UUID, Quote> quotes = new HashMap<>();
        // one request for all my quotes; the newest quote per placement wins (a placement can be re-inquired)
        client.quotes().listAll(null).filter(q -> myOrganisation.equals(q.reinsurerId()))
                .sorted(Comparator.comparing(q -> q.requestedAt() == null ? java.time.Instant.EPOCH : q.requestedAt()))
                .forEach(q -> quotes.put(q.placementId(), q));
        Map<UUID, PendingChange> pending = pendingByPlacement();
        List<InboxEntry> entries = new ArrayList<>();
        client.placements().listAll(null).forEach(p -> entries.add(entry(p, Optional.ofNullable(quotes.get(p.id())),
                p.firmOrder() != null ? myLine(p.id()) : Optional.empty(), pending)));
        return sorted(entries);
    }

    /**
     * The inbox from the exchange; when it cannot be reached and the sync engine runs, from the copies of
     * the exchange's documents in the vault (as of the last sync), marked offline.
     */
    public Snapshot load() {
        try {
            return new Snapshot(inbox(), false);
        } catch (NetworkException e) {
            if (engine.isEmpty()) {
                throw e;
            }
            LOG.info("the exchange is unreachable; the inbox shows the vault's copies");
            return new Snapshot(local().inbox(pendingByPlacement()), true);
        }
    }

    private LocalMarket local() {
        return new LocalMarket(engine.orElseThrow().store(), myOrganisation);
    }

    private static List<InboxEntry> sorted(List<InboxEntry> entries) {
        entries.sort(Comparator.comparing(InboxEntry::action)
                .thenComparing(e -> e.placement().updatedAt(), Comparator.nullsLast(Comparator.reverseOrder())));
        return entries;
    }

    static InboxEntry entry(Placement p, Optional<Quote> quote, Optional<Line> line, Map<UUID, PendingChange> pending) {
        Optional<PendingChange> mine = Optional.ofNullable(pending.get(p.id()));
        return new InboxEntry(p, quote, line, InboxRules.actionFor(p, quote, line, mine), mine);
    }

    private Optional<Line> myLine(UUID placementId) {
        return client.lines().listAll(placementId).filter(l -> myOrganisation.equals(l.reinsurerId()))
                .reduce((a, b) -> b.writtenAt() != null && a.writtenAt() != null && b.writtenAt().isBefore(a.writtenAt()) ? a : b);
    }

    /** The current state of one placement, with my quote, line and waiting action (from the vault when offline). */
    @Override
    public InboxEntry open(UUID placementId) {
        Map<UUID, PendingChange> pending = pendingByPlacement();
        Placement p;
        try {
            p = client.placements().get(placementId);
        } catch (NetworkException e) {
            if (engine.isEmpty()) {
                throw e;
            }
            return local().open(placementId, pending).orElseThrow(() -> e);
        }
        Optional<Quote> quote = client.quotes().allForPlacement(placementId)
                .filter(q -> myOrganisation.equals(q.reinsurerId()))
                .max(Comparator.comparing(q -> q.requestedAt() == null ? java.time.Instant.EPOCH : q.requestedAt()));
        return entry(p, quote, p.firmOrder() != null ? myLine(placementId) : Optional.empty(), pending);
    }

    /**
     * Sends a quote on {@code quote} (at the version the user saw). Through the outbox when the engine
     * runs: returns once the engine's first attempt is over (or after a few seconds), with its outcome.
     */
    @Override
    public Delivery submitQuote(Quote quote, QuoteTermsRequest terms) {
        if (engine.isEmpty()) {
            client.quotes().submit(quote.id(), terms, quote.version());
            return Delivery.SENT;
        }
        dropRejected(quote.placementId());
        return firstAttempt(engine.get().changes().submitQuote(quote, terms));
    }

    /** Declines {@code quote} with a reason the broker sees (through the outbox when the engine runs). */
    @Override
    public Delivery decline(Quote quote, String reason) {
        if (engine.isEmpty()) {
            client.quotes().decline(quote.id(), reason, quote.version());
            return Delivery.SENT;
        }
        dropRejected(quote.placementId());
        return firstAttempt(engine.get().changes().declineQuote(quote, reason));
    }

    /** Writes this reinsurer's line on {@code placement} (through the outbox when the engine runs). */
    @Override
    public Delivery writeLine(Placement placement, LineWriteRequest request) {
        if (engine.isEmpty()) {
            client.lines().write(placement.id(), request);
            return Delivery.SENT;
        }
        dropRejected(placement.id());
        return firstAttempt(engine.get().changes().writeLine(placement, request));
    }

    /** Where the queued change stands now. */
    @Override
    public Delivery outcome(PendingChange change) {
        return outcome(change.clientMutationId(), change.aggregateId());
    }

    private Delivery outcome(String clientMutationId, String aggregateId) {
        return engine.isEmpty() ? Delivery.SENT : Delivery.of(engine.get(), clientMutationId, aggregateId);
    }

    /** Calls {@code listener} (on the engine's thread) whenever the engine's state changes; close to stop. */
    @Override
    public AutoCloseable onSync(Consumer<SyncState> listener) {
        return engine.map(e -> e.subscribe(listener)).orElse(() -> { });
    }

    /** Asks the engine for a cycle now (after the user pressed refresh); no-op without one. */
    @Override
    public void syncSoon() {
        engine.ifPresent(SyncEngine::syncNow);
    }

    /**
     * A rejected change of this placement is replaced by the user's new answer: it is discarded first,
     * because a rejected entry holds back everything queued after it on the same quote or line.
     */
    private void dropRejected(UUID placementId) {
        PendingChange old = pendingByPlacement().get(placementId);
        if (old != null && old.rejected()) {
            engine.get().discard(old.clientMutationId());
        }
    }

    private Delivery firstAttempt(LocalChanges.Queued queued) {
        return Delivery.firstAttempt(engine.get(), queued, FIRST_ATTEMPT);
    }

    /** The user's unfinished underwriting changes, by placement (the newest wins). */
    private Map<UUID, PendingChange> pendingByPlacement() {
        Map<UUID, PendingChange> out = new HashMap<>();
        if (engine.isEmpty()) {
            return out;
        }
        for (OutboxEntry e : engine.get().store().outbox().unfinished()) {
            PendingChange.Kind kind = switch (e.op()) {
                case "SUBMIT_QUOTE" -> PendingChange.Kind.QUOTE;
                case "DECLINE_QUOTE" -> PendingChange.Kind.DECLINE;
                case "WRITE_LINE" -> PendingChange.Kind.LINE;
                default -> null;
            };
            if (kind == null) {
                continue;
            }
            UUID placement = uuid(e.payload().path("placementId").asText(null));
            if (placement != null) {
                out.put(placement, new PendingChange(kind, e.clientMutationId(), e.aggregateId(),
                        e.status() == OutboxEntry.Status.FAILED,
                        e.lastError(), e.payload().get("body")));
            }
        }
        return out;
    }

    private static UUID uuid(String s) {
        try {
            return s == null ? null : UUID.fromString(s);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
