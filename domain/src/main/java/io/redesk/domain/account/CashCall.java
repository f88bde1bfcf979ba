package io.redesk.domain.account;

import io.redesk.domain.money.Money;
import io.redesk.domain.money.Share;
import io.redesk.domain.validation.Errors;
import io.redesk.domain.validation.ValidationException;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;

/**
 * A cash call (DESIGN §2, claims): the cedent asks the reinsurers to pay their shares of a large loss at
 * once rather than wait for the next technical account. The call is at 100%; the placement's order share
 * of it (half-up) is split over the signed lines by {@link BalanceSplit}, so the shares add up to the
 * part called. Each participant pays its share once; the call is PAID when every share is. The loss
 * later enters a technical account as a {@link TaItemType#CASH_LOSS} item of the same reference and
 * amount ({@link ClaimPayment#cashCall}).
 */
public final class CashCall {

    private CashCall() {
    }

    /**
     * Every participant's share of a call, in the order of {@code signedLines}.
     *
     * @throws ValidationException {@code cashCall.notPositive} (field {@code amount.amount}) when the call is not above zero,
     *                             {@code cashCall.wrongCurrency} (field {@code amount.currency}) when it is not in the claim's currency
     */
    public static List<Money> shares(Money amount, Money claimCurrencyReference, Share orderShare, List<Share> signedLines) {
        Objects.requireNonNull(orderShare, "orderShare");
        Objects.requireNonNull(signedLines, "signedLines");
        check(amount, claimCurrencyReference);
        return BalanceSplit.split(amount.times(orderShare, RoundingMode.HALF_UP), signedLines);
    }

    /**
     * Whether a call of {@code amount} may be made on a claim in the currency of {@code claimCurrencyReference}
     * (null: not known): above zero, in the claim's currency.
     *
     * @throws ValidationException {@code cashCall.notPositive} (field {@code amount.amount}),
     *                             {@code cashCall.wrongCurrency} (field {@code amount.currency})
     */
    public static void check(Money amount, Money claimCurrencyReference) {
        Objects.requireNonNull(amount, "amount");
        Errors e = new Errors();
        if (claimCurrencyReference != null && !claimCurrencyReference.isSameCurrency(amount)) {
            e.add("amount.currency", "cashCall.wrongCurrency", "the claim is in " + claimCurrencyReference.currency().getCurrencyCode()
                    + "; a cash call in " + amount.currency().getCurrencyCode() + " does not apply to it");
        } else if (!amount.isPositive()) {
            e.add("amount.amount", "cashCall.notPositive", "a cash call is above zero, not " + amount.amount().toPlainString());
        }
        ValidationException.throwIfAny(e.toList());
    }

    /** The call's state from which shares are paid. */
    public static CashCallStatus status(List<Boolean> paid) {
        Objects.requireNonNull(paid, "paid");
        long n = paid.stream().filter(Boolean::booleanValue).count();
        return n == 0 ? CashCallStatus.CALLED : n == paid.size() ? CashCallStatus.PAID : CashCallStatus.PARTLY_PAID;
    }
}
