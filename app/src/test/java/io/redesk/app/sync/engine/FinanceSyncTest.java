package io.redesk.app.sync.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.redesk.exchange.seed.DemoSeed;
import io.redesk.sdk.ExchangeClient;
import io.redesk.sdk.model.account.Claim;
import io.redesk.sdk.model.account.Invoice;
import io.redesk.sdk.model.account.Settlement;
import io.redesk.sdk.model.account.Statement;
import io.redesk.sdk.model.account.TechnicalAccount;
import io.redesk.store.account.ClaimRepository;
import io.redesk.store.account.InvoiceRepository;
import io.redesk.store.account.SettlementRepository;
import io.redesk.store.account.StatementRecord;
import io.redesk.store.account.StatementRepository;
import io.redesk.store.account.TechnicalAccountRepository;
import io.redesk.store.doc.Stored;
import io.redesk.store.vault.Vault;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * A first sync of the demo market's year of accounts into fresh vaults, against the real in-process
 * exchange: the broker's and a reinsurer's finance users each get exactly what the exchange's accounts API
 * shows them (accounts, claims, settlements, invoices, statements), and a reinsurer's vault never holds
 * another reinsurer's amounts, in the projections or in the exchange copies.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FinanceSyncTest {

    @TempDir
    static Path dir;

    private Exchange exchange;

    @BeforeAll
    void start() {
        exchange = new Exchange(dir.resolve("exchange"));
    }

    @AfterAll
    void stop() {
        exchange.close();
    }

    @Test
    void theBrokersFinanceUserGetsTheYearOfAccounts() {
        try (ExchangeClient client = Clients.loggedIn(exchange.baseUrl(), "broker.finance");
             Vault vault = Clients.vault(dir.resolve("broker"), "broker.finance");
             SyncEngine engine = new SyncEngine(vault, client, Clients.fastConfig())) {
            SyncState s = engine.runCycle();
            assertThat(s.online()).isTrue();
            assertMatchesExchange(client, vault);
            assertThat(new TechnicalAccountRepository(vault).count()).isGreaterThan(10);
            assertThat(new ClaimRepository(vault).count()).isEqualTo(2);

            // a second cycle brings nothing new and changes nothing
            String stamp = new TechnicalAccountRepository(vault).changeStamp();
            engine.runCycle();
            assertThat(new TechnicalAccountRepository(vault).changeStamp()).isEqualTo(stamp);
        }
    }

    @Test
    void theCedentsFinanceUserGetsSettlementsInvoicesAndStatements() {
        try (ExchangeClient client = Clients.loggedIn(exchange.baseUrl(), "cedent.finance");
             Vault vault = Clients.vault(dir.resolve("cedent"), "cedent.finance");
             SyncEngine engine = new SyncEngine(vault, client, Clients.fastConfig())) {
            engine.runCycle();
            assertMatchesExchange(client, vault);
            assertThat(new SettlementRepository(vault).count()).isGreaterThan(0);
            assertThat(new InvoiceRepository(vault).count()).isGreaterThan(0);
            assertThat(new StatementRepository(vault).count()).isGreaterThan(0);
        }
    }

    @Test
    void aReinsurersVaultNeverHoldsAnotherReinsurersAmounts() {
        try (ExchangeClient client = Clients.loggedIn(exchange.baseUrl(), "chinare.finance");
             Vault vault = Clients.vault(dir.resolve("chinare"), "chinare.finance");
             SyncEngine engine = new SyncEngine(vault, client, Clients.fastConfig())) {
            engine.runCycle();
            assertMatchesExchange(client, vault);
            assertThat(new TechnicalAccountRepository(vault).count()).isGreaterThan(0);
            // the broker settles nothing itself; a reinsurer has statements with its cedents
            assertThat(new StatementRepository(vault).count()).isGreaterThan(0);
            String me = DemoSeed.CHINA_RE.toString();
            Set<String> others = Set.of(DemoSeed.PUDONG_RE.toString(), DemoSeed.THAMES_RE.toString(),
                    DemoSeed.JINQIAO_RE.toString(), DemoSeed.MINOR_RE.toString());
            for (Stored<io.redesk.store.account.TechnicalAccountRecord> a : new TechnicalAccountRepository(vault).all()) {
                for (JsonNode share : a.value().account().path("shares")) {
                    assertThat(share.path("participantId").asText()).isEqualTo(me);
                }
            }
            // nothing of another reinsurer anywhere in the finance copies either
            for (String type : new String[] {"TECHNICAL_ACCOUNT", "CLAIM", "SETTLEMENT", "INVOICE"}) {
                for (var c : engine.store().copies().ofType(type)) {
                    String json = c.value().doc().toString();
                    for (String other : others) {
                        assertThat(json).as(type + " copy " + c.id()).doesNotContain(other);
                    }
                }
            }
            for (var st : new StatementRepository(vault).all()) {
                for (String other : others) {
                    assertThat(st.value().statement().toString()).doesNotContain(other);
                }
            }
        }
    }

    /** The vault holds exactly what the exchange's accounts API lists for the user, version for version. */
    private static void assertMatchesExchange(ExchangeClient client, Vault vault) {
        Map<String, Long> accounts = client.accounts().listAll(null, null)
                .collect(Collectors.toMap(a -> a.id().toString(), TechnicalAccount::version));
        assertThat(versions(new TechnicalAccountRepository(vault).all(), r -> r.account())).isEqualTo(accounts);
        Map<String, Long> claims = client.claims().listAll(null)
                .collect(Collectors.toMap(c -> c.id().toString(), Claim::version));
        assertThat(versions(new ClaimRepository(vault).all(), r -> r.claim())).isEqualTo(claims);
        Map<String, Long> settlements = client.settlements().listAll()
                .collect(Collectors.toMap(c -> c.id().toString(), Settlement::version));
        assertThat(versions(new SettlementRepository(vault).all(), r -> r.settlement())).isEqualTo(settlements);
        Map<String, Long> invoices = client.invoices().listAll()
                .collect(Collectors.toMap(c -> c.id().toString(), Invoice::version));
        assertThat(versions(new InvoiceRepository(vault).all(), r -> r.invoice())).isEqualTo(invoices);
        Set<String> statements = new HashSet<>();
        for (Statement s : client.settlements().statements(null, null)) {
            statements.add(StatementRecord.idOf(s.counterpartyId().toString(), s.currency(), s.period()) + "=" + s.total());
        }
        Set<String> held = new HashSet<>();
        for (var s : new StatementRepository(vault).all()) {
            JsonNode t = s.value().statement().path("total");
            held.add(s.id() + "=Money[amount=" + t.path("amount").asText() + ", currency=" + t.path("currency").asText() + "]");
        }
        assertThat(held).isEqualTo(statements);
    }

    private static <R> Map<String, Long> versions(java.util.List<Stored<R>> rows, Function<R, JsonNode> doc) {
        return rows.stream().collect(Collectors.toMap(Stored::id, s -> doc.apply(s.value()).path("version").asLong()));
    }

}
