package io.redesk.app.sync.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.redesk.exchange.seed.DemoSeed;
import io.redesk.sdk.ExchangeClient;
import io.redesk.app.desk.finance.CashCallView;
import io.redesk.app.desk.finance.ClaimMovements;
import io.redesk.app.desk.finance.ReserveMovementView;
import io.redesk.app.desk.finance.VaultFinanceBook;
import io.redesk.domain.money.Money;
import io.redesk.sdk.model.account.CashCall;
import io.redesk.sdk.model.account.CashCallShare;
import io.redesk.sdk.model.account.Claim;
import io.redesk.sdk.model.account.ReserveMovement;
import io.redesk.sdk.model.account.Invoice;
import io.redesk.sdk.model.account.Settlement;
import io.redesk.sdk.model.account.Statement;
import io.redesk.sdk.model.account.TechnicalAccount;
import io.redesk.store.account.CashCallRepository;
import io.redesk.store.account.ClaimRepository;
import io.redesk.store.account.InvoiceRepository;
import io.redesk.store.account.ReserveMovementRepository;
import io.redesk.store.account.SettlementRepository;
import io.redesk.store.account.StatementRecord;
import io.redesk.store.account.StatementRepository;
import io.redesk.store.account.TechnicalAccountRepository;
import io.redesk.store.doc.Stored;
import io.redesk.store.vault.Vault;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
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
            assertMatchesExchange(client, vault, DemoSeed.HUATAI);
            assertThat(new TechnicalAccountRepository(vault).count()).isGreaterThan(10);
            assertThat(new ClaimRepository(vault).count()).isEqualTo(2);
            // the demo's two reserve movements and its cash call with every share
            assertThat(new ReserveMovementRepository(vault).count()).isEqualTo(2);
            assertThat(new CashCallRepository(vault).count()).isEqualTo(1);
            assertThat(new CashCallRepository(vault).all().get(0).value().cashCall().path("shares").size()).isGreaterThan(1);

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
            assertMatchesExchange(client, vault, DemoSeed.DONGFANG);
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
            assertMatchesExchange(client, vault, DemoSeed.CHINA_RE);
            assertThat(new TechnicalAccountRepository(vault).count()).isGreaterThan(0);
            assertThat(new ReserveMovementRepository(vault).count()).isEqualTo(2);
            assertThat(new CashCallRepository(vault).count()).isEqualTo(1);
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
            for (Stored<io.redesk.store.account.CashCallRecord> c : new CashCallRepository(vault).all()) {
                assertThat(c.value().cashCall().path("shares")).hasSize(1);
                assertThat(c.value().cashCall().path("shares").get(0).path("participantId").asText()).isEqualTo(me);
            }
            for (Stored<io.redesk.store.account.ReserveMovementRecord> m : new ReserveMovementRepository(vault).all()) {
                for (JsonNode share : m.value().movement().path("shares")) {
                    assertThat(share.path("participantId").asText()).isEqualTo(me);
                }
            }
            for (String type : new String[] {"TECHNICAL_ACCOUNT", "CLAIM", "SETTLEMENT", "INVOICE", "RESERVE_MOVEMENT",
                    "CASH_CALL"}) {
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
    private static void assertMatchesExchange(ExchangeClient client, Vault vault, UUID organisation) {
        Map<String, Long> accounts = client.accounts().listAll(null, null)
                .collect(Collectors.toMap(a -> a.id().toString(), TechnicalAccount::version));
        assertThat(versions(new TechnicalAccountRepository(vault).all(), r -> r.account())).isEqualTo(accounts);
        Map<String, Long> claims = client.claims().listAll(null)
                .collect(Collectors.toMap(c -> c.id().toString(), Claim::version));
        assertThat(versions(new ClaimRepository(vault).all(), r -> r.claim())).isEqualTo(claims);
        Map<String, Long> movements = new java.util.HashMap<>();
        Map<String, Long> cashCalls = new java.util.HashMap<>();
        for (String claimId : claims.keySet()) {
            client.claims().allReserveMovements(UUID.fromString(claimId)).forEach(m -> movements.put(m.id().toString(), m.version()));
            client.claims().allCashCalls(UUID.fromString(claimId)).forEach(c -> cashCalls.put(c.id().toString(), c.version()));
        }
        assertThat(versions(new ReserveMovementRepository(vault).all(), r -> r.movement())).isEqualTo(movements);
        assertThat(versions(new CashCallRepository(vault).all(), r -> r.cashCall())).isEqualTo(cashCalls);
        assertBookShowsExchange(client, vault, organisation, claims.keySet());
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

    /**
     * The finance service shows each claim's reserve movements, cash calls and registration exactly as the
     * exchange's API gives them to the user (old → new reserve, reason, shares, status, the accounting item).
     */
    private static void assertBookShowsExchange(ExchangeClient client, Vault vault, UUID organisation, Set<String> claimIds) {
        VaultFinanceBook book = new VaultFinanceBook(vault, organisation);
        int registered = 0;
        for (String id : claimIds) {
            UUID claimId = UUID.fromString(id);
            ClaimMovements held = book.claimMovements(claimId).orElseThrow();
            List<ReserveMovement> moves = client.claims().allReserveMovements(claimId).toList();
            assertThat(held.reserveMovements()).hasSize(moves.size());
            for (ReserveMovement m : moves) {
                ReserveMovementView v = held.reserveMovements().stream().filter(x -> x.id().equals(m.id())).findFirst().orElseThrow();
                assertThat(v.sequence()).isEqualTo(m.sequence());
                assertThat(v.previous()).isEqualTo(Money.of(m.previous().amount(), m.previous().currency()));
                assertThat(v.outstanding()).isEqualTo(Money.of(m.outstanding().amount(), m.outstanding().currency()));
                assertThat(v.change()).isEqualTo(Money.of(m.change().amount(), m.change().currency()));
                assertThat(v.reason()).isEqualTo(m.reason());
                assertThat(v.effectiveDate()).isEqualTo(m.effectiveDate());
                assertThat(v.shares()).extracting(ReserveMovementView.Share::participantId)
                        .containsExactlyElementsOf(m.shares().stream().map(io.redesk.sdk.model.account.ClaimShare::participantId).toList());
            }
            List<CashCall> calls = client.claims().allCashCalls(claimId).toList();
            assertThat(held.cashCalls()).hasSize(calls.size());
            for (CashCall c : calls) {
                CashCallView v = held.cashCalls().stream().filter(x -> x.id().equals(c.id())).findFirst().orElseThrow();
                assertThat(v.amount()).isEqualTo(Money.of(c.amount().amount(), c.amount().currency()));
                assertThat(v.status().name()).isEqualTo(c.status().name());
                assertThat(v.technicalAccountId()).isEqualTo(c.technicalAccountId());
                assertThat(v.itemIndex()).isEqualTo(c.itemIndex() == null ? -1 : c.itemIndex());
                assertThat(v.shares()).hasSize(c.shares().size());
                for (int i = 0; i < c.shares().size(); i++) {
                    CashCallShare w = c.shares().get(i);
                    CashCallView.Share s = v.shares().get(i);
                    assertThat(s.participantId()).isEqualTo(w.participantId());
                    assertThat(s.signedShare()).isEqualTo(new BigDecimal(w.signedShare()));
                    assertThat(s.amount()).isEqualTo(Money.of(w.amount().amount(), w.amount().currency()));
                    assertThat(s.paid()).isEqualTo(w.paid());
                    assertThat(s.bankReference()).isEqualTo(w.bankReference());
                }
            }
            Claim claim = client.claims().get(claimId);
            assertThat(held.registration().map(ClaimMovements.Registration::registrationNumber))
                    .isEqualTo(java.util.Optional.ofNullable(claim.registration()).map(r -> r.registrationNumber()));
            registered += held.registration().isPresent() ? 1 : 0;
        }
        if (!claimIds.isEmpty()) {
            // the demo: the bird strike is registered; the runway excursion's cash call is accounted through the cash-loss item
            assertThat(registered).isEqualTo(1);
            assertThat(claimIds.stream().flatMap(id -> book.claimMovements(UUID.fromString(id)).orElseThrow().cashCalls().stream())
                    .filter(CashCallView::accounted).count()).isEqualTo(1);
        }
        assertThat(book.claimMovements(UUID.randomUUID())).isEmpty();
    }

    private static <R> Map<String, Long> versions(java.util.List<Stored<R>> rows, Function<R, JsonNode> doc) {
        return rows.stream().collect(Collectors.toMap(Stored::id, s -> doc.apply(s.value()).path("version").asLong()));
    }

}
