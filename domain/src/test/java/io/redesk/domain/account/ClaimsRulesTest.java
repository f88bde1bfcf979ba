package io.redesk.domain.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redesk.domain.money.Money;
import io.redesk.domain.money.Share;
import io.redesk.domain.validation.ValidationException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reserve movements, cash calls and their matching cash-loss items. */
class ClaimsRulesTest {

    private static String code(ValidationException e) {
        return e.errors().get(0).code();
    }

    @Test
    void aReserveMovementRecordsTheChangeBothWays() {
        assertThat(ReserveMovement.of(Money.cny("2000000.00"), Money.cny("2500000.00")).change()).isEqualTo(Money.cny("500000.00"));
        assertThat(ReserveMovement.of(Money.cny("2000000.00"), Money.cny("0.00")).change()).isEqualTo(Money.cny("-2000000.00"));
    }

    @Test
    void aReserveMovementRefusesAnotherCurrencyANegativeReserveAndNoMovement() {
        assertThatThrownBy(() -> ReserveMovement.of(Money.cny("10.00"), Money.of("10.00", "USD")))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(code(e)).isEqualTo("claim.reserveCurrency");
                    assertThat(e.errors().get(0).field()).isEqualTo("outstanding.currency");
                });
        assertThatThrownBy(() -> ReserveMovement.of(Money.cny("10.00"), Money.cny("-0.01")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(code(e)).isEqualTo("claim.reserveNegative"));
        assertThatThrownBy(() -> ReserveMovement.of(Money.cny("10.00"), Money.cny("10")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(code(e)).isEqualTo("claim.reserveUnchanged"));
    }

    @Test
    void aCashCallSplitsTheOrdersPartOverTheSignedLinesToTheCent() {
        // 1,000,000.01 at a 60% order over three equal lines: 600,000.01 (half-up of 600,000.006), shares add up to it
        List<Money> parts = CashCall.shares(Money.cny("1000000.01"), Money.cny("0"), Share.of("60"),
                List.of(Share.of("33.3333"), Share.of("33.3333"), Share.of("33.3334")));
        assertThat(parts.stream().reduce(Money.cny("0"), Money::plus)).isEqualTo(Money.cny("600000.01"));
        assertThat(parts).allSatisfy(p -> assertThat(p.amount().scale()).isEqualTo(2));
    }

    @Test
    void aCashCallIsAboveZeroInTheClaimsCurrency() {
        assertThatThrownBy(() -> CashCall.shares(Money.cny("0.00"), Money.cny("1"), Share.HUNDRED, List.of(Share.HUNDRED)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(code(e)).isEqualTo("cashCall.notPositive"));
        assertThatThrownBy(() -> CashCall.shares(Money.of("5.00", "USD"), Money.cny("1"), Share.HUNDRED, List.of(Share.HUNDRED)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(code(e)).isEqualTo("cashCall.wrongCurrency"));
    }

    @Test
    void aCashCallIsPaidOnceEveryShareIs() {
        assertThat(CashCall.status(List.of(false, false))).isEqualTo(CashCallStatus.CALLED);
        assertThat(CashCall.status(List.of(true, false))).isEqualTo(CashCallStatus.PARTLY_PAID);
        assertThat(CashCall.status(List.of(true, true))).isEqualTo(CashCallStatus.PAID);
    }

    @Test
    void aCashCallEntersTheAccountsOnlyThroughACashLossItem() {
        TechnicalAccount claimsPaidOnly = new TechnicalAccount("B0999", "2027Q2", Money.CNY,
                List.of(new TaItem(TaItemType.CLAIMS_PAID, Money.cny("300000.00"), "UCR-1")), null);
        assertThat(new ClaimPayment("UCR-1", Money.cny("300000.00")).matchAgainst(claimsPaidOnly)).isEmpty();
        assertThat(ClaimPayment.cashCall("UCR-1", Money.cny("300000.00")).matchAgainst(claimsPaidOnly))
                .singleElement().satisfies(f -> {
                    assertThat(f.code()).isEqualTo("claim.noTaItem");
                    assertThat(f.message()).contains("cash-loss");
                });
        TechnicalAccount cashLoss = new TechnicalAccount("B0999", "2027Q2", Money.CNY,
                List.of(new TaItem(TaItemType.CASH_LOSS, Money.cny("300000.00"), "UCR-1")), null);
        assertThat(ClaimPayment.cashCall("UCR-1", Money.cny("300000.00")).matchAgainst(cashLoss)).isEmpty();
        assertThat(ClaimPayment.cashCall("UCR-1", Money.cny("300000.01")).matchAgainst(cashLoss))
                .singleElement().satisfies(f -> assertThat(f.code()).isEqualTo("claim.amountMismatch"));
    }
}
