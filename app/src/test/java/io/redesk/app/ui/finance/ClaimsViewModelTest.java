package io.redesk.app.ui.finance;

import static org.assertj.core.api.Assertions.assertThat;

import io.redesk.app.desk.finance.CashCallView;
import io.redesk.app.desk.finance.ClaimMovements;
import io.redesk.app.desk.finance.ClaimRegistrationFields;
import io.redesk.app.desk.finance.ClaimView;
import io.redesk.app.desk.finance.FinanceInputException;
import io.redesk.app.desk.finance.ReserveMovementView;
import io.redesk.app.desk.finance.SyncMark;
import io.redesk.app.i18n.Language;
import io.redesk.app.task.CurrentThreadTaskExecutor;
import io.redesk.app.ui.i18n.I18n;
import io.redesk.domain.account.CashCallStatus;
import io.redesk.domain.money.Money;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Claims page's view-model on a fake book: the open claim's movements and calls, the placing broker's and a
 * participant's actions, form text taken exactly (no trimming), and every refusal under its field in the user's
 * language, whether the form or the finance actions refused it.
 */
class ClaimsViewModelTest {

    @TempDir
    Path exports;

    static final UUID CLAIM = UUID.fromString("00000000-0000-0000-0000-0000000000c1");
    static final UUID PLACEMENT = UUID.fromString("00000000-0000-0000-0000-0000000000e1");
    static final UUID CALL = UUID.fromString("00000000-0000-0000-0000-0000000000f1");
    static final UUID ACCOUNT = UUID.fromString("00000000-0000-0000-0000-0000000000a9");

    private FakeFinance book;
    private I18n i18n;
    private ClaimsViewModel model;

    static ClaimView claim(boolean placingBroker) {
        return new ClaimView(CLAIM, PLACEMENT, "B0999HT2027008", "UCR-HT-2027-0002", LocalDate.of(2027, 5, 3), "Runway excursion",
                "Aircraft left the runway", Money.cny("2400000.00"),
                List.of(new ClaimView.Payment(ACCOUNT, 1, Money.cny("300000.00"), Instant.parse("2027-05-21T08:00:00Z"), CALL, true)),
                Money.cny("300000.00"), Instant.parse("2027-05-03T09:00:00Z"), SyncMark.SYNCED, placingBroker);
    }

    static ClaimMovements movements() {
        ReserveMovementView up = new ReserveMovementView(UUID.randomUUID(), CLAIM, 1, LocalDate.of(2027, 5, 10), Money.cny("2000000.00"),
                Money.cny("2400000.00"), Money.cny("400000.00"), "First estimate", List.of(), Instant.parse("2027-05-10T09:00:00Z"),
                SyncMark.SYNCED);
        CashCallView call = new CashCallView(CALL, CLAIM, "CC-HT-2027-01", Money.cny("300000.00"), LocalDate.of(2027, 5, 20),
                CashCallStatus.PARTLY_PAID, List.of(
                        new CashCallView.Share(FakeFinance.CHINA_RE, new BigDecimal("40"), Money.cny("120000.00"), true, "CR-1", Instant.now()),
                        new CashCallView.Share(FakeFinance.PUDONG_RE, new BigDecimal("60"), Money.cny("180000.00"), false, null, null)),
                ACCOUNT, 1, Instant.parse("2027-05-12T09:00:00Z"), SyncMark.SYNCED);
        return new ClaimMovements(CLAIM, List.of(up), List.of(call), Optional.empty(), SyncMark.SYNCED);
    }

    private void open(UUID me, boolean placingBroker) {
        book = new FakeFinance(me);
        book.claims.add(claim(placingBroker));
        book.movements.put(CLAIM, movements());
        book.claimRegistrations.put(CLAIM, new ClaimRegistrationFields(CLAIM, "B0999HT2027008", "UCR-HT-2027-0002",
                LocalDate.of(2027, 5, 3), Money.cny("2400000.00"), Money.cny("300000.00"), null, null, null, SyncMark.SYNCED));
        i18n = AccountsViewModelTest.i18n(Language.ENGLISH);
        model = new ClaimsViewModel(book.desk(exports), new CurrentThreadTaskExecutor(), i18n);
        model.reload();
    }

    @BeforeEach
    void brokerDesk() {
        open(FakeFinance.HUATAI, true);
    }

    @Test
    void theNewestClaimOpensWithItsMovementsCallsAndRegistrationFields() {
        assertThat(model.selectedProperty().get().id()).isEqualTo(CLAIM);
        ClaimMovements m = model.movementsProperty().get();
        assertThat(m.reserveMovements()).singleElement().satisfies(v -> assertThat(v.up()).isTrue());
        CashCallView call = m.cashCalls().get(0);
        assertThat(call.paid()).isEqualTo(Money.cny("120000.00"));
        assertThat(call.residue()).isEqualTo(Money.cny("180000.00"));
        assertThat(model.registrationProperty().get().umr()).isEqualTo("B0999HT2027008");
        assertThat(model.mayPrepare()).isTrue();
        assertThat(model.mayRegister()).isTrue();
    }

    @Test
    void aReserveMovementIsTakenExactlyAndRefusalsShowUnderTheirField() {
        model.outstandingProperty().set("2 750 000.00");
        model.reasonProperty().set("Surveyor's report");
        model.effectiveDateProperty().set("2027/06/01");
        model.moveReserve();
        assertThat(model.errors()).containsKey(ClaimsViewModel.RESERVE_OUTSTANDING);
        assertThat(model.errors().get(ClaimsViewModel.RESERVE_OUTSTANDING)).contains("2 750 000.00").contains("not an amount");
        assertThat(book.calls).isEmpty();

        model.outstandingProperty().set("2750000.001");
        model.moveReserve();
        assertThat(model.errors().get(ClaimsViewModel.RESERVE_OUTSTANDING)).contains("more decimals than CNY");
        model.outstandingProperty().set("2750000.00");
        model.moveReserve();
        assertThat(model.errors().get(ClaimsViewModel.RESERVE_DATE)).contains("2027/06/01").contains("2027-06-30");
        assertThat(book.calls).isEmpty();

        // the actions refuse it (the domain's rule): the text is the user's language, under the outstanding field
        model.effectiveDateProperty().set("2027-06-01");
        book.refuseNext = new FinanceInputException("outstanding.amount", "claim.reserveUnchanged", "the reserve is already …");
        model.moveReserve();
        assertThat(model.errors()).containsEntry(ClaimsViewModel.RESERVE_OUTSTANDING,
                "The reserve is already this figure: a movement must change it.");
        // typing clears the form's refusals
        model.outstandingProperty().set("2750000.50");
        assertThat(model.errors()).doesNotContainKey(ClaimsViewModel.RESERVE_OUTSTANDING);

        i18n.setLanguage(Language.CHINESE);
        book.refuseNext = new FinanceInputException("reason", "whitespace", "reason must not …");
        model.moveReserve();
        assertThat(model.errors()).containsEntry(ClaimsViewModel.RESERVE_REASON, "请删除首尾的空格或换行。");

        i18n.setLanguage(Language.ENGLISH);
        model.moveReserve();
        assertThat(book.calls).containsExactly("moveReserve " + CLAIM + " CNY 2750000.50 Surveyor's report 2027-06-01");
        assertThat(model.messageProperty().get()).contains("UCR-HT-2027-0002");
        assertThat(model.outstandingProperty().get()).isEmpty();
        assertThat(model.errors()).isEmpty();
    }

    @Test
    void aCashCallNeedsAnAmountAndADueDateAndAnUnknownRefusalKeepsItsReason() {
        model.cashAmountProperty().set("");
        model.cashDueProperty().set("2027-06-30");
        model.requestCashCall();
        assertThat(model.errors()).containsEntry(ClaimsViewModel.CASH_AMOUNT, "Required.");
        model.cashAmountProperty().set("150000.00");
        model.cashReferenceProperty().set("CC-HT-2027-03");
        book.refuseNext = new FinanceInputException("amount", "somethingNew", "the exchange is closed for claims today");
        model.requestCashCall();
        assertThat(model.errors()).containsEntry(ClaimsViewModel.CASH_AMOUNT, "Not saved: the exchange is closed for claims today");
        model.requestCashCall();
        assertThat(book.calls).containsExactly("cashCall " + CLAIM + " CNY 150000.00 2027-06-30 CC-HT-2027-03");
    }

    @Test
    void aParticipantPaysItsOwnShareAndTakesNoneOfTheBrokersSteps() {
        open(FakeFinance.PUDONG_RE, false);
        assertThat(model.mayPrepare()).isFalse();
        assertThat(model.mayRegister()).isFalse();
        CashCallView call = model.movementsProperty().get().cashCalls().get(0);
        assertThat(model.mayPay(call)).isTrue();
        book.refuseNext = new FinanceInputException("bankReference", "whitespace", "bankReference must not …");
        model.payReference(CALL).set("PD-1 ");
        model.payCashCall(call);
        assertThat(model.errors()).containsEntry(ClaimsViewModel.PAY_REFERENCE + ":" + CALL,
                "Remove the spaces or line break at the start or end.");
        model.payReference(CALL).set("PD-CC-20270710");
        model.payCashCall(call);
        assertThat(book.calls).containsExactly("payCashCall " + CALL + " PD-CC-20270710");
        // China Re has paid: nothing of its own left to pay there
        open(FakeFinance.CHINA_RE, false);
        assertThat(model.mayPay(model.movementsProperty().get().cashCalls().get(0))).isFalse();
    }

    @Test
    void anAdviceOffersTheBrokersContractsAndChecksTheCurrencyAndDates() {
        model.startAdvice();
        assertThat(model.advisingProperty().get()).isTrue();
        assertThat(model.contracts()).extracting(ClaimsViewModel.Contract::placementId).containsExactly(PLACEMENT);
        model.adviceUcrProperty().set("UCR-HT-2027-0093");
        model.adviceLossDateProperty().set("2027-06-03");
        model.adviceCauseProperty().set("Hangar fire");
        model.adviceDescriptionProperty().set("Fire in hangar 3");
        model.adviceReserveProperty().set("500000.00");
        model.adviceCurrencyProperty().set("cny");
        model.advise();
        assertThat(model.errors().get(ClaimsViewModel.ADVICE_CURRENCY)).contains("cny");
        model.adviceCurrencyProperty().set("CNY");
        book.refuseNext = new FinanceInputException("ucr", "duplicateUcr", "taken");
        model.advise();
        assertThat(model.errors()).containsEntry(ClaimsViewModel.ADVICE_UCR, "The contract already has a claim with this reference.");
        model.advise();
        assertThat(book.calls).containsExactly("advise " + PLACEMENT + " UCR-HT-2027-0093 2027-06-03 Hangar fire Fire in hangar 3 CNY 500000.00");
        assertThat(model.advisingProperty().get()).isFalse();
        assertThat(model.messageProperty().get()).contains("UCR-HT-2027-0093");
    }
}
