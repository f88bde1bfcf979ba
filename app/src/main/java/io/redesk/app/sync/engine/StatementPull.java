package io.redesk.app.sync.engine;

import io.redesk.sdk.ExchangeClient;
import io.redesk.sdk.error.ExchangeException;
import io.redesk.sdk.error.NetworkException;
import io.redesk.sdk.model.account.Statement;
import io.redesk.store.account.StatementRecord;
import io.redesk.store.account.StatementRepository;
import io.redesk.store.account.TechnicalAccountRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the vault's statements of account as the exchange computes them (ADR 0620): after a pull that
 * brought finance changes, and once per engine, one {@code GET /statements} replaces the vault's set in a
 * single transaction (a statement no longer answered is gone). Statements are the exchange's aggregation of
 * the organisation's accounts from its side (who owes whom on each share), so the client never recomputes
 * them; offline the last answer stays, with the time it was fetched. A vault with no technical account
 * asks nothing.
 */
final class StatementPull {

    private static final Logger LOG = LoggerFactory.getLogger(StatementPull.class);

    private final SyncStore store;
    private final ExchangeClient client;
    private final Clock clock;
    private final StatementRepository statements;
    private final TechnicalAccountRepository accounts;
    private volatile boolean fetched;

    StatementPull(SyncStore store, ExchangeClient client, Clock clock) {
        this.store = store;
        this.client = client;
        this.clock = clock;
        this.statements = new StatementRepository(store.vault());
        this.accounts = new TechnicalAccountRepository(store.vault());
    }

    /** Re-fetches the statements if finance documents arrived or none were fetched yet; returns whether it did. */
    boolean refreshIfNeeded(long financeApplied) {
        if (financeApplied == 0 && fetched) {
            return false;
        }
        if (accounts.count() == 0 && statements.count() == 0) {
            fetched = true;
            return false;
        }
        List<Statement> answer;
        try {
            answer = client.settlements().statements(null, null);
        } catch (NetworkException e) {
            throw e; // offline: the cycle says so; the vault keeps the last statements
        } catch (ExchangeException e) {
            LOG.info("the exchange did not give the statements of account ({}); the vault keeps the last ones", e.getMessage());
            return false;
        }
        Instant now = clock.instant();
        List<StatementRecord> records = new ArrayList<>(answer.size());
        for (Statement s : answer) {
            records.add(new StatementRecord(StatementRecord.idOf(s.counterpartyId().toString(), s.currency(), s.period()),
                    s.counterpartyId().toString(), store.wire().valueToTree(s), now));
        }
        store.vault().transaction(() -> {
            statements.replaceAll(records);
            return null;
        });
        fetched = true;
        return true;
    }
}
