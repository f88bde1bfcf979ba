package io.redesk.domain.account;

import io.redesk.domain.money.Money;
import io.redesk.domain.money.Share;
import io.redesk.domain.validation.FieldError;
import io.redesk.domain.validation.ValidationException;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Rule 2 of DESIGN §2: a technical account of one contract for one period at 100%, in one currency.
 * Its balance is always recomputed from its items: premium − ceding commission − brokerage − taxes −
 * claims paid − premium reserve retained + premium reserve released (+ interest on reserves), memo
 * items excluded. A positive balance is due to the reinsurers; a participant's part is the balance
 * times its signed line, rounded half-up to the currency's minor unit.
 *
 * @param statedBalance the total the sender put on the account, kept only to compare; may be null
 */
public record TechnicalAccount(String contractReference, String period, Currency currency, List<TaItem> items,
                               Money statedBalance) {

    public TechnicalAccount {
        Objects.requireNonNull(currency, "currency");
        items = List.copyOf(Objects.requireNonNull(items, "items"));
        List<FieldError> errors = new ArrayList<>();
        if (contractReference == null || contractReference.isBlank()) {
            errors.add(FieldError.required("contractReference"));
        }
        if (period == null || period.isBlank()) {
            errors.add(FieldError.required("period"));
        }
        for (int i = 0; i < items.size(); i++) {
            Money amount = items.get(i).amount();
            if (!amount.currency().equals(currency)) {
                errors.add(new FieldError("items[" + i + "].amount", "currency.mismatch",
                        "item is in " + amount.currency() + " but the account is in " + currency));
            }
        }
        if (statedBalance != null && !statedBalance.currency().equals(currency)) {
            errors.add(new FieldError("statedBalance", "currency.mismatch",
                    "stated balance is in " + statedBalance.currency() + " but the account is in " + currency));
        }
        ValidationException.throwIfAny(errors);
    }

    /** The balance from the items, the stated total and their difference. */
    public TaBalance balance() {
        Money computed = Money.zero(currency);
        Money memo = Money.zero(currency);
        for (TaItem item : items) {
            computed = computed.plus(item.effect());
            if (item.type().isMemo()) {
                memo = memo.plus(item.amount());
            }
        }
        return new TaBalance(computed, Optional.ofNullable(statedBalance), memo);
    }

    /**
     * The reversal of this account, which cancels it when a correction supersedes it: the same items
     * with negated amounts (a negative amount is a correction of the same kind), and the stated total
     * negated, so the two balances add up to zero.
     */
    public TechnicalAccount reversal() {
        List<TaItem> negated = items.stream().map(i -> new TaItem(i.type(), i.amount().negate(), i.reference())).toList();
        return new TechnicalAccount(contractReference, period, currency, negated,
                statedBalance == null ? null : statedBalance.negate());
    }

    /** A participant's part of the computed balance for its signed line (of the whole, 100%). */
    public Money participantBalance(Share signedLine) {
        return balance().computed().times(signedLine, RoundingMode.HALF_UP);
    }
}
