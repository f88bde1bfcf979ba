package io.redesk.app.sync.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redesk.app.desk.finance.CashCallView;
import io.redesk.app.desk.finance.ClaimAdvice;
import io.redesk.app.desk.finance.ClaimMovements;
import io.redesk.app.desk.finance.ClaimRegistrationFields;
import io.redesk.app.desk.finance.ClaimView;
import io.redesk.app.desk.finance.FinanceInputException;
import io.redesk.app.desk.finance.Queued;
import io.redesk.app.desk.finance.ReserveMovementView;
import io.redesk.app.desk.finance.SyncMark;
import io.redesk.domain.account.CashCallStatus;
import io.redesk.domain.money.Money;
import io.redesk.exchange.seed.DemoSeed;
import io.redesk.sdk.model.account.CashCall;
import io.redesk.sdk.model.account.CashCallRequest;
import io.redesk.sdk.model.account.Claim;
import io.redesk.sdk.model.account.ReserveMovementRequest;
import io.redesk.store.outbox.OutboxEntry;
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
 * Claim actions offline through the outbox (ADR 0650), against the real in-process exchange with the demo's claims:
 * the broker moves a reserve, calls cash, advises a new claim and moves its reserve, and registers a claim while the
 * exchange is away; the app restarts, the exchange comes back and each change arrives exactly once, the receipt
 * {@code SHRC-…} in the vault. A participant pays its share of a cash call offline while another participant pays
 * at the exchange: the crossing payment is not a conflict of its own and goes again by itself. A reserve moved at
 * the exchange meanwhile is a conflict (base, mine, theirs). Bad input is refused before anything is saved.
 * Each test works on its own claims of one shared exchange.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClaimsOfflineTest {

    @TempDir
    Path dir;

    private Exchange exchange;

    @BeforeAll
    void start(@TempDir Path exchangeDir) {
        exchange = new Exchange(exchangeDir);
    }

    @AfterAll
    void stop() {
        exchange.close();
    }

    private static Money cny(String amount) {
        return Money.of(amount, "CNY");
    }

    private static ClaimView byUcr(FinanceUser u, String ucr) {
        return u.book.claims().stream().filter(c -> c.ucr().equals(ucr)).findFirst().orElseThrow();
    }

    @Test
    void reserveCashCallAdviceAndRegistrationOfflineArriveExactlyOnce() {
        try (FinanceUser broker = new FinanceUser(exchange, dir.resolve("offline"), "broker.finance", DemoSeed.HUATAI)) {
            broker.sync();
            long mark = Convergence.auditMark(broker.client);
            ClaimView excursion = byUcr(broker, "UCR-HT-2027-0002");
            int callsBefore = broker.book.claimMovements(excursion.id()).orElseThrow().cashCalls().size();
            int movesBefore = broker.book.claimMovements(excursion.id()).orElseThrow().reserveMovements().size();

            exchange.stop();
            // bad input: refused with the field and the domain's reason, nothing queued
            assertThatThrownBy(() -> broker.actions.moveReserve(excursion.id(), excursion.reserve(), "no change", LocalDate.of(2027, 6, 1)))
                    .isInstanceOfSatisfying(FinanceInputException.class, e -> {
                        assertThat(e.field()).isEqualTo("outstanding.amount");
                        assertThat(e.code()).isEqualTo("claim.reserveUnchanged");
                    });
            assertThatThrownBy(() -> broker.actions.moveReserve(excursion.id(), cny("-1.00"), "below zero", LocalDate.of(2027, 6, 1)))
                    .isInstanceOfSatisfying(FinanceInputException.class, e -> assertThat(e.code()).isEqualTo("claim.reserveNegative"));
            assertThatThrownBy(() -> broker.actions.moveReserve(excursion.id(), Money.of("2500000.00", "USD"), "currency",
                    LocalDate.of(2027, 6, 1)))
                    .isInstanceOfSatisfying(FinanceInputException.class, e -> assertThat(e.code()).isEqualTo("claim.reserveCurrency"));
            assertThatThrownBy(() -> broker.actions.moveReserve(excursion.id(), cny("2500000.00"), "Surveyor's report\n",
                    LocalDate.of(2027, 6, 1)))
                    .isInstanceOfSatisfying(FinanceInputException.class, e -> assertThat(e.code()).isEqualTo("whitespace"));
            assertThatThrownBy(() -> broker.actions.requestCashCall(excursion.id(), cny("0.00"), LocalDate.of(2027, 6, 30), null))
                    .isInstanceOfSatisfying(FinanceInputException.class, e -> assertThat(e.code()).isEqualTo("cashCall.notPositive"));
            assertThatThrownBy(() -> broker.actions.adviseClaim(new ClaimAdvice(excursion.placementId(), "UCR-HT-2027-0002",
                    LocalDate.of(2027, 6, 1), "Hail", "Hail damage", cny("1.00"))))
                    .isInstanceOfSatisfying(FinanceInputException.class, e -> assertThat(e.code()).isEqualTo("duplicateUcr"));
            assertThat(broker.engine.store().outbox().pendingCount()).isZero();

            Queued moved = broker.actions.moveReserve(excursion.id(), cny("2750000.00"), "Surveyor's report: gear beyond repair",
                    LocalDate.of(2027, 6, 1));
            Queued called = broker.actions.requestCashCall(excursion.id(), cny("150000.00"), LocalDate.of(2027, 6, 30), "CC-HT-2027-03");
            Queued registered = broker.actions.registerClaim(excursion.id());
            Queued advised = broker.actions.adviseClaim(new ClaimAdvice(excursion.placementId(), "UCR-HT-2027-0093",
                    LocalDate.of(2027, 6, 3), "Hangar fire", "Fire in hangar 3 damaged the tail section", cny("500000.00")));
            UUID temporary = UUID.fromString(advised.subjectId());
            Queued advisedMoved = broker.actions.moveReserve(temporary, cny("450000.00"), "Tail section repairable",
                    LocalDate.of(2027, 6, 5));

            // the desk shows it all at once, offline
            ClaimView local = broker.book.claim(excursion.id()).orElseThrow();
            assertThat(local.reserve()).isEqualTo(cny("2750000.00"));
            assertThat(local.sync()).isEqualTo(SyncMark.QUEUED);
            ClaimMovements queued = broker.book.claimMovements(excursion.id()).orElseThrow();
            ReserveMovementView qm = queued.reserveMovements().get(queued.reserveMovements().size() - 1);
            assertThat(qm.sync()).isEqualTo(SyncMark.QUEUED);
            assertThat(qm.previous()).isEqualTo(excursion.reserve());
            assertThat(qm.change()).isEqualTo(cny("2750000.00").minus(excursion.reserve()));
            assertThat(qm.up()).isTrue();
            assertThat(queued.cashCalls()).hasSize(callsBefore + 1);
            CashCallView qc = queued.cashCalls().get(queued.cashCalls().size() - 1);
            assertThat(qc.sync()).isEqualTo(SyncMark.QUEUED);
            assertThat(qc.amount()).isEqualTo(cny("150000.00"));
            assertThat(queued.registrationSync()).isEqualTo(SyncMark.QUEUED);
            ClaimRegistrationFields fields = broker.book.claimRegistration(excursion.id()).orElseThrow();
            assertThat(fields.outstanding()).isEqualTo(cny("2750000.00"));
            assertThat(fields.registered()).isFalse();
            assertThatThrownBy(() -> broker.actions.registerClaim(excursion.id()))
                    .isInstanceOfSatisfying(FinanceInputException.class, e -> assertThat(e.code()).isEqualTo("alreadyRegistered"));
            ClaimView fire = broker.book.claim(temporary).orElseThrow();
            assertThat(fire.reserve()).isEqualTo(cny("450000.00"));
            assertThat(broker.book.claimMovements(temporary).orElseThrow().reserveMovements()).singleElement()
                    .satisfies(m -> assertThat(m.previous()).isEqualTo(cny("500000.00")));
            assertThat(broker.sync().online()).isFalse();
            assertThat(broker.engine.store().outbox().pendingCount()).isEqualTo(5);

            broker.restart();
            exchange.startAgain();
            assertThat(broker.sync().online()).isTrue();
            broker.sync();
            Convergence.assertDrained(broker.engine.store());
            Convergence.assertExactlyOnce(broker.engine.store(), broker.client, Users.userId("broker.finance"), mark);
            assertThat(broker.engine.store().outbox().withStatus(OutboxEntry.Status.DONE)).extracting(OutboxEntry::clientMutationId)
                    .contains(moved.clientMutationId(), called.clientMutationId(), registered.clientMutationId(),
                            advised.clientMutationId(), advisedMoved.clientMutationId());

            // on the exchange, exactly once each
            Claim there = broker.client.claims().get(excursion.id());
            assertThat(there.reserve().amount()).isEqualTo("2750000.00");
            assertThat(there.registration().registrationNumber()).matches("SHRC-\\d{4}-\\d{6}");
            assertThat(broker.client.claims().allReserveMovements(excursion.id())).hasSize(movesBefore + 1);
            assertThat(broker.client.claims().allCashCalls(excursion.id())).hasSize(callsBefore + 1);
            Claim fireThere = broker.client.claims().listAll(excursion.placementId()).filter(c -> c.ucr().equals("UCR-HT-2027-0093"))
                    .findFirst().orElseThrow();
            assertThat(fireThere.reserve().amount()).isEqualTo("450000.00");

            // and in the vault: the exchange's records, the receipt stored and shown, no trace of the temporary ids
            ClaimMovements after = broker.book.claimMovements(excursion.id()).orElseThrow();
            assertThat(after.registration()).map(ClaimMovements.Registration::registrationNumber)
                    .contains(there.registration().registrationNumber());
            assertThat(after.registrationSync()).isEqualTo(SyncMark.SYNCED);
            assertThat(after.reserveMovements()).extracting(ReserveMovementView::sync).containsOnly(SyncMark.SYNCED);
            assertThat(after.reserveMovements()).extracting(ReserveMovementView::id).doesNotContain(UUID.fromString(moved.clientMutationId()));
            assertThat(after.cashCalls()).extracting(CashCallView::sync).containsOnly(SyncMark.SYNCED);
            CashCallView call = after.cashCalls().stream().filter(c -> "CC-HT-2027-03".equals(c.reference())).findFirst().orElseThrow();
            assertThat(call.shares()).isNotEmpty();
            assertThat(call.residue()).isEqualTo(call.shares().stream().map(CashCallView.Share::amount).reduce(Money::plus).orElseThrow());
            assertThat(broker.book.claimRegistration(excursion.id()).orElseThrow().registrationNumber())
                    .isEqualTo(there.registration().registrationNumber());
            assertThat(broker.book.claim(temporary)).isEmpty();
            assertThat(broker.book.claim(fireThere.id()).orElseThrow().reserve()).isEqualTo(cny("450000.00"));
        }
    }

    @Test
    void aShareOfACashCallPaidOfflineGoesAgainByItselfWhenAnotherParticipantPaidMeanwhile() {
        try (FinanceUser broker = new FinanceUser(exchange, dir.resolve("share"), "broker.finance", DemoSeed.HUATAI);
             FinanceUser pudong = new FinanceUser(exchange, dir.resolve("share"), "pudong.finance", DemoSeed.PUDONG_RE)) {
            broker.sync();
            ClaimView bird = byUcr(broker, "UCR-HT-2027-0001");
            CashCall call = broker.client.claims().callCash(bird.id(), new CashCallRequest(
                    new io.redesk.sdk.model.Money("90000.00", "CNY"), LocalDate.of(2027, 7, 15), "CC-HT-2027-04"));
            pudong.sync();
            broker.sync();
            long mark = Convergence.auditMark(pudong.client);
            CashCallView seen = pudong.book.claimMovements(bird.id()).orElseThrow().cashCalls().stream()
                    .filter(c -> c.id().equals(call.id())).findFirst().orElseThrow();
            assertThat(seen.shares()).extracting(CashCallView.Share::participantId).containsExactly(DemoSeed.PUDONG_RE);
            assertThatThrownBy(() -> pudong.actions.payCashCall(call.id(), " PD-CC-1"))
                    .isInstanceOfSatisfying(FinanceInputException.class, e -> assertThat(e.code()).isEqualTo("whitespace"));
            assertThatThrownBy(() -> broker.actions.payCashCall(call.id(), "HT-1"))
                    .isInstanceOfSatisfying(FinanceInputException.class, e -> assertThat(e.code()).isEqualTo("notAllowed"));

            exchange.stop();
            pudong.actions.payCashCall(call.id(), "PD-CC-20270710");
            CashCallView paidHere = pudong.book.claimMovements(bird.id()).orElseThrow().cashCalls().stream()
                    .filter(c -> c.id().equals(call.id())).findFirst().orElseThrow();
            assertThat(paidHere.sync()).isEqualTo(SyncMark.QUEUED);
            assertThat(paidHere.status()).isEqualTo(CashCallStatus.PARTLY_PAID);
            assertThat(paidHere.shares().get(0).paid()).isTrue();
            assertThat(paidHere.residue()).isEqualTo(cny("0.00"));
            assertThatThrownBy(() -> pudong.actions.payCashCall(call.id(), "PD-CC-20270711"))
                    .isInstanceOfSatisfying(FinanceInputException.class, e -> assertThat(e.code()).isEqualTo("alreadyPaid"));
            pudong.restart();
            exchange.startAgain();
            // China Re pays its share at the exchange meanwhile: the call's version moves on
            try (var chinare = Clients.loggedIn(exchange.baseUrl(), "chinare.finance")) {
                chinare.claims().payCashCall(call.id(), "CR-CC-20270709", chinare.claims().cashCall(call.id()).version());
            }
            pudong.sync();
            assertThat(pudong.engine.store().conflicts().all()).extracting(c -> c.value().automatic()).containsOnly(true);
            pudong.sync();
            Convergence.assertDrained(pudong.engine.store());
            Convergence.assertExactlyOnce(pudong.engine.store(), pudong.client, Users.userId("pudong.finance"), mark);
            CashCall there = broker.client.claims().cashCall(call.id());
            assertThat(there.shares()).filteredOn(s -> s.paid()).extracting(s -> s.participantId())
                    .containsExactlyInAnyOrder(DemoSeed.CHINA_RE, DemoSeed.PUDONG_RE);
            assertThat(there.shares()).filteredOn(s -> s.participantId().equals(DemoSeed.PUDONG_RE))
                    .singleElement().satisfies(s -> assertThat(s.bankReference()).isEqualTo("PD-CC-20270710"));
            CashCallView synced = pudong.book.claimMovements(bird.id()).orElseThrow().cashCalls().stream()
                    .filter(c -> c.id().equals(call.id())).findFirst().orElseThrow();
            assertThat(synced.sync()).isEqualTo(SyncMark.SYNCED);
            assertThat(synced.shares().get(0).bankReference()).isEqualTo("PD-CC-20270710");
        }
    }

    @Test
    void aReserveMovedAtTheExchangeMeanwhileIsAConflictWithBaseMineAndTheirs() {
        try (FinanceUser broker = new FinanceUser(exchange, dir.resolve("conflict"), "broker.finance", DemoSeed.HUATAI)) {
            broker.sync();
            ClaimView bird = byUcr(broker, "UCR-HT-2027-0001");
            Claim seen = broker.client.claims().get(bird.id());
            // another desk of the broker's moves the reserve at the exchange; this desk has not synced since
            broker.client.claims().moveReserve(bird.id(), new ReserveMovementRequest(new io.redesk.sdk.model.Money("380000.00", "CNY"),
                    "Cowling repair cheaper", LocalDate.of(2027, 6, 10)), seen.version());
            broker.actions.moveReserve(bird.id(), cny("420000.00"), "Cowling repair dearer", LocalDate.of(2027, 6, 10));
            broker.engine.pushOnly();
            List<ConflictRecord> open = broker.engine.conflicts().open();
            assertThat(open).hasSize(1);
            ConflictRecord c = open.get(0);
            assertThat(c.op()).isEqualTo("MOVE_RESERVE");
            assertThat(c.base().path("reserve").path("amount").asText()).isEqualTo(seen.reserve().amount());
            assertThat(c.mine().path("outstanding").path("amount").asText()).isEqualTo("420000.00");
            assertThat(c.theirs().path("reserve").path("amount").asText()).isEqualTo("380000.00");
            assertThat(broker.book.claim(bird.id()).orElseThrow().sync().state()).isEqualTo(SyncMark.State.CONFLICT);
            broker.engine.conflicts().takeTheirs(c.id());
            assertThat(broker.book.claim(bird.id()).orElseThrow().reserve()).isEqualTo(cny("380000.00"));
            assertThat(broker.client.claims().get(bird.id()).reserve().amount()).isEqualTo("380000.00");
        }
    }

    /**
     * Two claims-paid items of the same claim and the same amount: each payment is linked to the item the exchange
     * chose (its {@code itemIndex}), both ways, never found again by amount (which would give both the first item).
     */
    @Test
    void twoPaymentsOfTheSameAmountAreLinkedToTheirOwnItemsBothWays() {
        try (FinanceUser broker = new FinanceUser(exchange, dir.resolve("links"), "broker.finance", DemoSeed.HUATAI)) {
            broker.sync();
            UUID placement = byUcr(broker, "UCR-HT-2027-0001").placementId();
            String ucr = "UCR-HT-2027-0095";
            io.redesk.sdk.model.Money quarter = new io.redesk.sdk.model.Money("250000.00", "CNY");
            var created = broker.client.accounts().create(new io.redesk.sdk.model.account.TechnicalAccountCreateRequest(placement, null,
                    "2027Q3", "CNY", List.of(
                            new io.redesk.sdk.model.account.TaItem(io.redesk.sdk.model.account.TaItemType.PREMIUM,
                                    new io.redesk.sdk.model.Money("900000.00", "CNY"), "Q3", null, "Premium Q3"),
                            new io.redesk.sdk.model.account.TaItem(io.redesk.sdk.model.account.TaItemType.CLAIMS_PAID, quarter, ucr, null,
                                    "Hail: first interim payment"),
                            new io.redesk.sdk.model.account.TaItem(io.redesk.sdk.model.account.TaItemType.CLAIMS_PAID, quarter, ucr, null,
                                    "Hail: second interim payment")), null));
            broker.client.accounts().issue(created.id(), created.version());
            Queued advised = broker.actions.adviseClaim(new ClaimAdvice(placement, ucr, LocalDate.of(2027, 7, 2), "Hail",
                    "Hail damaged the fleet parked at PVG", cny("800000.00")));
            broker.sync();
            ClaimView claim = byUcr(broker, ucr);
            assertThat(claim.id()).isNotEqualTo(UUID.fromString(advised.subjectId()));
            assertThatThrownBy(() -> broker.actions.requestClaimPayment(claim.id(), created.id(), cny("250000.01")))
                    .isInstanceOfSatisfying(FinanceInputException.class, e -> assertThat(e.code()).isEqualTo("amountMismatch"));

            broker.actions.requestClaimPayment(claim.id(), created.id(), cny("250000.00"));
            broker.actions.requestClaimPayment(claim.id(), created.id(), cny("250000.00"));
            // queued: the second payment takes the second item, the first being taken by the first queued payment
            assertThat(broker.book.claim(claim.id()).orElseThrow().payments()).extracting(ClaimView.Payment::itemIndex)
                    .containsExactly(1, 2);
            assertThatThrownBy(() -> broker.actions.requestClaimPayment(claim.id(), created.id(), cny("250000.00")))
                    .isInstanceOfSatisfying(FinanceInputException.class, e -> assertThat(e.code()).isEqualTo("itemTaken"));
            broker.sync();
            Convergence.assertDrained(broker.engine.store());

            Claim there = broker.client.claims().get(claim.id());
            assertThat(there.payments()).extracting(p -> p.itemIndex()).containsExactly(1, 2);
            ClaimView linked = broker.book.claim(claim.id()).orElseThrow();
            assertThat(linked.payments()).extracting(ClaimView.Payment::technicalAccountId).containsOnly(created.id());
            assertThat(linked.payments()).extracting(ClaimView.Payment::itemIndex).containsExactly(1, 2);
            assertThat(linked.payments()).extracting(ClaimView.Payment::accountHeld).containsOnly(true);
            assertThat(linked.paidTotal()).isEqualTo(cny("500000.00"));
            // and from the account: each of the two items names the claim, the premium none
            var account = broker.book.account(created.id()).orElseThrow();
            assertThat(account.items()).extracting(io.redesk.app.desk.finance.AccountItem::claimId)
                    .containsExactly(null, claim.id(), claim.id());
            assertThat(broker.book.claimsOf(created.id())).extracting(ClaimView::id).containsExactly(claim.id());
        }
    }
}
