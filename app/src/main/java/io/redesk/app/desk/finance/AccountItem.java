package io.redesk.app.desk.finance;

import io.redesk.domain.money.Money;
import io.redesk.sdk.model.account.TaItemType;
import java.util.Objects;
import java.util.UUID;

/**
 * One item of a technical account, as shown and as sent in a correction or a new account.
 *
 * @param type        the item type (memo items, outstanding loss reserve and IBNR, never change the balance)
 * @param amount      as reported (normally positive; the type decides the sign of its effect)
 * @param reference   the item's own reference, or null
 * @param claimId     the claim a claims-paid or cash-loss item belongs to, or null
 * @param description free text, or null
 * @param effect      the item's signed effect on the balance due to reinsurers (the domain's; zero for memo
 *                    items); null in an item the user is entering (ignored when sent)
 */
public record AccountItem(TaItemType type, Money amount, String reference, UUID claimId, String description,
                          Money effect) {

    public AccountItem {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(amount, "amount");
    }

    /** An item as the user enters it (no effect computed yet). */
    public static AccountItem of(TaItemType type, Money amount, String reference) {
        return new AccountItem(type, amount, reference, null, null, null);
    }
}
