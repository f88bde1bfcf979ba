package io.redesk.app.sync.engine;

import io.redesk.app.desk.finance.OutboxFinanceActions;
import io.redesk.app.desk.finance.VaultFinanceBook;
import io.redesk.sdk.ExchangeClient;
import io.redesk.store.vault.Vault;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * One finance user's desk against the in-process exchange: client, vault, engine, book and actions, closed and
 * reopened as the app restarts (the finance offline tests share it).
 */
final class FinanceUser implements AutoCloseable {
    final String user;
    final UUID org;
    final ExchangeClient client;
    private final Path dir;
    Vault vault;
    SyncEngine engine;
    VaultFinanceBook book;
    OutboxFinanceActions actions;

    FinanceUser(Exchange exchange, Path dir, String user, UUID org) {
        this.user = user;
        this.org = org;
        this.dir = dir;
        this.client = Clients.loggedIn(exchange.baseUrl(), user);
        open();
    }

    private void open() {
        vault = Clients.vault(dir.resolve(user), user);
        engine = new SyncEngine(vault, client, Clients.fastConfig());
        book = new VaultFinanceBook(vault, org, Clock.systemUTC(), ZoneOffset.UTC, VaultFinanceBook.DEFAULT_SETTLEMENT_DAYS);
        actions = new OutboxFinanceActions(book, engine.changes(), Clock.systemUTC());
    }

    /** The app quits and starts again: the vault is closed and unlocked anew, a new engine. */
    void restart() {
        engine.close();
        vault.close();
        open();
    }

    SyncState sync() {
        return engine.runCycle();
    }

    @Override
    public void close() {
        engine.close();
        vault.close();
        client.close();
    }
}
