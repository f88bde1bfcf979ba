package io.redesk.domain.account;

import io.redesk.domain.money.Money;
import io.redesk.domain.validation.Errors;
import io.redesk.domain.validation.FieldError;
import java.util.List;
import java.util.Objects;

/**
 * A request to pay a claim (DESIGN §2, accounts): it needs a matching "claims paid" item, same
 * reference and same amount (or a cash-loss item for a cash call), on the technical account it is settled through, so no claim is paid
 * outside the accounts. A payment that accounts for a cash call ({@link #cashCall}) matches only a
 * cash-loss item.
 */
public record ClaimPayment(String claimReference, Money amount, boolean accountsForCashCall) {

    public ClaimPayment {
        Objects.requireNonNull(claimReference, "claimReference");
        Objects.requireNonNull(amount, "amount");
    }

    public ClaimPayment(String claimReference, Money amount) {
        this(claimReference, amount, false);
    }

    /** The payment through which a cash call enters the accounts: it needs a cash-loss item. */
    public static ClaimPayment cashCall(String claimReference, Money amount) {
        return new ClaimPayment(claimReference, amount, true);
    }

    /** Whether an item of this type may carry the payment. */
    public boolean matchesType(TaItemType type) {
        return type == TaItemType.CASH_LOSS || (!accountsForCashCall && type == TaItemType.CLAIMS_PAID);
    }

    /** Every reason this payment does not match the account; empty when it does. */
    public List<FieldError> matchAgainst(TechnicalAccount account) {
        Objects.requireNonNull(account, "account");
        Errors e = new Errors();
        List<TaItem> items = account.items().stream()
                .filter(i -> matchesType(i.type()) && claimReference.equals(i.reference()))
                .toList();
        if (items.isEmpty()) {
            e.add("claimReference", "claim.noTaItem", "technical account " + account.contractReference() + " "
                    + account.period() + " has no " + (accountsForCashCall ? "cash-loss" : "claims-paid") + " item for " + claimReference);
        } else if (items.stream().noneMatch(i -> i.amount().equals(amount))) {
            e.add("amount", "claim.amountMismatch", "the " + (accountsForCashCall ? "cash-loss" : "claims-paid") + " item for " + claimReference + " is "
                    + items.get(0).amount() + ", the payment " + amount);
        }
        return e.toList();
    }

    /**
     * The position of the item that carries this payment: the first item of a matching type with the claim's
     * reference and exactly the payment's amount that carries no other payment yet ({@code linked} says which do);
     * -1 when there is none. The exchange links the payment to that item and sends its position ({@code itemIndex}),
     * so the link is kept by position, never found again by amount (two items may have the same amount).
     */
    public int itemFor(List<TaItem> items, java.util.function.IntPredicate linked) {
        Objects.requireNonNull(items, "items");
        Objects.requireNonNull(linked, "linked");
        for (int i = 0; i < items.size(); i++) {
            TaItem t = items.get(i);
            if (matchesType(t.type()) && claimReference.equals(t.reference()) && !linked.test(i) && t.amount().equals(amount)) {
                return i;
            }
        }
        return -1;
    }
}
