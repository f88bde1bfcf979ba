package io.redesk.app.sync.engine;

import io.redesk.store.outbox.OutboxEntry;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where one queued user action stands, for a desk that wants to tell the user "sent" when the exchange
 * is reachable and "queued" when it is not: the action is in the outbox either way (so it survives a
 * crash and reaches the exchange exactly once), and {@link #firstAttempt} gives the engine a bounded
 * moment to push it before the desk answers.
 */
public enum Delivery {
    /** The exchange accepted it. */
    SENT,
    /** Saved; waiting for the exchange (offline, or retrying). */
    PENDING,
    /** The exchange refused it; the reason is on its outbox entry ({@link OutboxEntry#lastError()}). */
    REJECTED,
    /** Not sent: the entity changed on the exchange meanwhile, whose state the vault now shows. */
    OVERTAKEN;

    private static final Logger LOG = LoggerFactory.getLogger(Delivery.class);

    /** Asks {@code engine} for a cycle now, waits for it at most {@code patience}, and says where {@code queued} stands. */
    public static Delivery firstAttempt(SyncEngine engine, LocalChanges.Queued queued, Duration patience) {
        try {
            engine.syncNow().get(patience.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            LOG.info("the exchange is slow to answer; the change stays queued");
        } catch (ExecutionException e) {
            LOG.info("sync cycle failed; the change stays queued: {}", e.getCause().toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return of(engine, queued.clientMutationId(), queued.aggregateId());
    }

    /** Where the change {@code clientMutationId} of aggregate {@code aggregateId} stands now. */
    public static Delivery of(SyncEngine engine, String clientMutationId, String aggregateId) {
        SyncStore store = engine.store();
        Optional<OutboxEntry> entry = store.outbox().find(clientMutationId);
        if (entry.isPresent()) {
            return switch (entry.get().status()) {
                case DONE -> SENT;
                case FAILED -> REJECTED;
                default -> PENDING;
            };
        }
        // gone from the outbox: accepted and purged, or overtaken (the entity changed on the exchange
        // meanwhile: the engine takes the exchange's state at once and records the conflict)
        boolean overtaken = store.conflicts().findBy("aggregate_id", aggregateId).stream()
                .anyMatch(c -> clientMutationId.equals(c.value().clientMutationId()));
        return overtaken ? OVERTAKEN : SENT;
    }
}
