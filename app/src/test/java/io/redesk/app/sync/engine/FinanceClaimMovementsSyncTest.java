package io.redesk.app.sync.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.redesk.app.desk.finance.CashCallView;
import io.redesk.app.desk.finance.ClaimMovements;
import io.redesk.app.desk.finance.ReserveMovementView;
import io.redesk.app.desk.finance.VaultFinanceBook;
import io.redesk.domain.account.CashCallStatus;
import io.redesk.domain.money.Money;
import io.redesk.exchange.seed.DemoSeed;
import io.redesk.sdk.ExchangeClient;
import io.redesk.sdk.model.account.CashCall;
import io.redesk.sdk.model.account.CashCallRequest;
import io.redesk.sdk.model.account.Claim;
import io.redesk.sdk.model.account.ReserveMovementRequest;
import io.redesk.store.vault.Vault;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * After a first sync, the feed's later reserve movements and cash-call changes reach the vaults and the finance
 * service (ADR 0640): the broker's vault gets the new movement, the new call and Pudong Re's payment with every
 * share; Pudong Re's vault gets them with its own share only. Against the real in-process exchange.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FinanceClaimMovementsSyncTest {

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
    void laterMovementsCallsAndPaymentsArriveWithOnlyTheSharesTheUserMaySee() {
        try (ExchangeClient broker = Clients.loggedIn(exchange.baseUrl(), "broker.finance");
             ExchangeClient pudong = Clients.loggedIn(exchange.baseUrl(), "pudong.finance");
             Vault brokerVault = Clients.vault(dir.resolve("broker"), "broker.finance");
             Vault pudongVault = Clients.vault(dir.resolve("pudong"), "pudong.finance");
             SyncEngine brokerEngine = new SyncEngine(brokerVault, broker, Clients.fastConfig());
             SyncEngine pudongEngine = new SyncEngine(pudongVault, pudong, Clients.fastConfig())) {
            brokerEngine.runCycle();
            pudongEngine.runCycle();
            VaultFinanceBook brokerBook = new VaultFinanceBook(brokerVault, DemoSeed.HUATAI);
            VaultFinanceBook pudongBook = new VaultFinanceBook(pudongVault, DemoSeed.PUDONG_RE);
            Claim excursion = broker.claims().listAll(null).filter(c -> c.ucr().equals("UCR-HT-2027-0002")).findFirst().orElseThrow();
            ClaimMovements before = brokerBook.claimMovements(excursion.id()).orElseThrow();
            assertThat(before.reserveMovements()).hasSize(1);
            assertThat(before.cashCalls()).hasSize(1);
            CashCallView first = before.cashCalls().get(0);
            assertThat(first.status()).isEqualTo(CashCallStatus.PARTLY_PAID);
            assertThat(first.shares()).filteredOn(CashCallView.Share::paid).extracting(CashCallView.Share::participantId)
                    .containsExactly(DemoSeed.CHINA_RE);
            assertThat(pudongBook.claimMovements(excursion.id()).orElseThrow().cashCalls().get(0).shares())
                    .extracting(CashCallView.Share::participantId).containsExactly(DemoSeed.PUDONG_RE);

            // on the exchange: the reserve moves again, a second call, Pudong Re pays its share of the first
            broker.claims().moveReserve(excursion.id(), new ReserveMovementRequest(new io.redesk.sdk.model.Money("2600000.00", "CNY"),
                    "Gear replacement quoted higher", LocalDate.of(2027, 6, 2)), excursion.version());
            CashCall second = broker.claims().callCash(excursion.id(), new CashCallRequest(
                    new io.redesk.sdk.model.Money("100000.00", "CNY"), LocalDate.of(2027, 6, 30), "CC-HT-2027-02"));
            CashCall firstOnPudong = pudong.claims().cashCall(first.id());
            pudong.claims().payCashCall(first.id(), "PD-CC-20270603", firstOnPudong.version());

            brokerEngine.runCycle();
            pudongEngine.runCycle();

            ClaimMovements after = brokerBook.claimMovements(excursion.id()).orElseThrow();
            assertThat(after.reserveMovements()).extracting(ReserveMovementView::sequence).containsExactly(1, 2);
            ReserveMovementView moved = after.reserveMovements().get(1);
            assertThat(moved.previous()).isEqualTo(Money.of("2400000.00", "CNY"));
            assertThat(moved.outstanding()).isEqualTo(Money.of("2600000.00", "CNY"));
            assertThat(moved.change()).isEqualTo(Money.of("200000.00", "CNY"));
            assertThat(moved.reason()).isEqualTo("Gear replacement quoted higher");
            assertThat(brokerBook.claim(excursion.id()).orElseThrow().reserve()).isEqualTo(Money.of("2600000.00", "CNY"));
            assertThat(after.cashCalls()).extracting(CashCallView::id).containsExactly(first.id(), second.id());
            CashCallView firstAfter = after.cashCalls().get(0);
            assertThat(firstAfter.shares()).filteredOn(CashCallView.Share::paid).extracting(CashCallView.Share::participantId)
                    .containsExactlyInAnyOrder(DemoSeed.CHINA_RE, DemoSeed.PUDONG_RE);
            assertThat(firstAfter.shares()).filteredOn(s -> s.participantId().equals(DemoSeed.PUDONG_RE))
                    .extracting(CashCallView.Share::bankReference).containsExactly("PD-CC-20270603");
            assertThat(firstAfter.status().name()).isEqualTo(broker.claims().cashCall(first.id()).status().name());
            CashCallView secondAfter = after.cashCalls().get(1);
            assertThat(secondAfter.status()).isEqualTo(CashCallStatus.CALLED);
            assertThat(secondAfter.accounted()).isFalse();
            assertThat(secondAfter.itemIndex()).isEqualTo(-1);
            assertThat(secondAfter.shares()).hasSize(second.shares().size()).hasSizeGreaterThan(1);
            assertThat(secondAfter.shares().stream().map(CashCallView.Share::amount).reduce(Money::plus).orElseThrow())
                    .isEqualTo(Money.of(second.shares().stream().map(s -> new java.math.BigDecimal(s.amount().amount()))
                            .reduce(java.math.BigDecimal::add).orElseThrow().toPlainString(), "CNY"));

            ClaimMovements theirs = pudongBook.claimMovements(excursion.id()).orElseThrow();
            assertThat(theirs.reserveMovements()).hasSize(2);
            assertThat(theirs.cashCalls()).extracting(CashCallView::id).containsExactly(first.id(), second.id());
            for (CashCallView c : theirs.cashCalls()) {
                assertThat(c.shares()).extracting(CashCallView.Share::participantId).containsExactly(DemoSeed.PUDONG_RE);
            }
            assertThat(theirs.cashCalls().get(0).shares().get(0).paid()).isTrue();
            List<UUID> pudongShareOfSecond = pudong.claims().cashCall(second.id()).shares().stream()
                    .map(io.redesk.sdk.model.account.CashCallShare::participantId).toList();
            assertThat(pudongShareOfSecond).containsExactly(DemoSeed.PUDONG_RE);
            for (var copy : pudongEngine.store().copies().ofType("CASH_CALL")) {
                for (UUID other : List.of(DemoSeed.CHINA_RE, DemoSeed.THAMES_RE, DemoSeed.JINQIAO_RE, DemoSeed.MINOR_RE,
                        DemoSeed.AVIATION_POOL)) {
                    assertThat(copy.value().doc().toString()).doesNotContain(other.toString());
                }
            }
        }
    }
}
