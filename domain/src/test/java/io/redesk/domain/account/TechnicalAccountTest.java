package io.redesk.domain.account;

import static io.redesk.domain.account.TaItemType.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redesk.domain.money.Money;
import io.redesk.domain.money.Share;
import io.redesk.domain.validation.ValidationException;
import java.util.List;
import org.junit.jupiter.api.Test;

class TechnicalAccountTest {

    static final List<TaItem> DESIGN_ITEMS = List.of(
            new TaItem(PREMIUM, Money.cny("1000000")),
            new TaItem(CEDING_COMMISSION, Money.cny("300000")),
            new TaItem(BROKERAGE, Money.cny("25000")),
            new TaItem(TAXES, Money.cny("0")),
            new TaItem(CLAIMS_PAID, Money.cny("400000")),
            new TaItem(PREMIUM_RESERVE_RETAINED, Money.cny("400000")),
            new TaItem(PREMIUM_RESERVE_RELEASED, Money.cny("350000")),
            new TaItem(OUTSTANDING_LOSS_RESERVE, Money.cny("600000")));

    private static TechnicalAccount account(Money stated) {
        return new TechnicalAccount("UMR B0999TTY2027", "2027Q1", Money.CNY, DESIGN_ITEMS, stated);
    }

    @Test
    void computesTheBalanceDueToReinsurersFromItems() {
        TaBalance b = account(null).balance();
        assertThat(b.computed()).isEqualTo(Money.cny("225000"));
        assertThat(b.direction()).isEqualTo(BalanceDirection.DUE_TO_REINSURERS);
        assertThat(b.isFlagged()).isFalse();
    }

    @Test
    void aTwentyPercentLineIsOwedFortyFiveThousand() {
        assertThat(account(null).participantBalance(Share.of("20"))).isEqualTo(Money.cny("45000"));
    }

    @Test
    void memoItemsDoNotChangeTheBalance() {
        TaBalance b = account(null).balance();
        assertThat(b.memoTotal()).isEqualTo(Money.cny("600000"));
        assertThat(b.computed()).isEqualTo(Money.cny("225000"));
    }

    @Test
    void flagsTheDifferenceBetweenStatedAndComputed() {
        TaBalance b = account(Money.cny("235000")).balance();
        assertThat(b.computed()).isEqualTo(Money.cny("225000"));
        assertThat(b.difference()).isEqualTo(Money.cny("10000"));
        assertThat(b.isFlagged()).isTrue();
        assertThat(account(Money.cny("225000")).balance().isFlagged()).isFalse();
    }

    @Test
    void aNegativeBalanceIsDueToTheCedent() {
        TechnicalAccount ta = new TechnicalAccount("C1", "2027Q2", Money.CNY, List.of(
                new TaItem(PREMIUM, Money.cny("100")), new TaItem(CLAIMS_PAID, Money.cny("250"))), null);
        assertThat(ta.balance().computed()).isEqualTo(Money.cny("-150"));
        assertThat(ta.balance().direction()).isEqualTo(BalanceDirection.DUE_TO_CEDENT);
    }

    @Test
    void rejectsItemsInAnotherCurrencyNamingEveryOffendingField() {
        assertThatThrownBy(() -> new TechnicalAccount(" ", "2027Q1", Money.CNY, List.of(
                new TaItem(PREMIUM, Money.of("1", "USD")), new TaItem(BROKERAGE, Money.cny("1")),
                new TaItem(CLAIMS_PAID, Money.of("1", "EUR"))), null))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(f -> f.field()).containsExactly("contractReference", "items[0].amount", "items[2].amount"));
    }

    @Test
    void aClaimPaymentNeedsAMatchingClaimsPaidItem() {
        TechnicalAccount ta = new TechnicalAccount("C1", "2027Q2", Money.CNY, List.of(
                new TaItem(PREMIUM, Money.cny("100000")), new TaItem(CLAIMS_PAID, Money.cny("40000"), "CL-1")), null);
        assertThat(new ClaimPayment("CL-1", Money.cny("40000")).matchAgainst(ta)).isEmpty();
        assertThat(new ClaimPayment("CL-1", Money.cny("41000")).matchAgainst(ta))
                .extracting(f -> f.code()).containsExactly("claim.amountMismatch");
        assertThat(new ClaimPayment("CL-2", Money.cny("40000")).matchAgainst(ta))
                .extracting(f -> f.field()).containsExactly("claimReference");
    }
}
