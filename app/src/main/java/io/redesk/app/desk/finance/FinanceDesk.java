package io.redesk.app.desk.finance;

import io.redesk.app.sync.engine.SyncEngine;
import io.redesk.store.vault.Vault;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Objects;
import java.util.UUID;

/**
 * The finance services of one signed-in session: the book the pages read and the actions they take, on the
 * session's unlocked vault and sync engine. The book follows the engine, so its listeners hear of every
 * sync that changed a finance record; {@link #close()} stops that.
 *
 * @param book    what the finance pages read
 * @param actions what they do (through the engine's outbox)
 */
public record FinanceDesk(FinanceBook book, FinanceActions actions, AutoCloseable following) implements AutoCloseable {

    public FinanceDesk {
        Objects.requireNonNull(book, "book");
        Objects.requireNonNull(actions, "actions");
        Objects.requireNonNull(following, "following");
    }

    /** The services for the organisation {@code organisationId} (the signed-in user's), today in the system zone. */
    public static FinanceDesk open(Vault vault, UUID organisationId, SyncEngine engine) {
        return open(vault, organisationId, engine, Clock.systemDefaultZone(), ZoneId.systemDefault());
    }

    /** As {@link #open(Vault, UUID, SyncEngine)} with a given clock and zone (tests, benchmarks). */
    public static FinanceDesk open(Vault vault, UUID organisationId, SyncEngine engine, Clock clock, ZoneId zone) {
        VaultFinanceBook book = new VaultFinanceBook(vault, organisationId, clock, zone,
                VaultFinanceBook.DEFAULT_SETTLEMENT_DAYS);
        return new FinanceDesk(book, new OutboxFinanceActions(book, engine.changes(), clock), book.follow(engine));
    }

    @Override
    public void close() throws Exception {
        following.close();
    }
}
