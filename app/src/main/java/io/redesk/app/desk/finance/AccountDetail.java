package io.redesk.app.desk.finance;

import io.redesk.domain.money.Money;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One technical account opened: its row figures, the items, every visible share, the claims its items
 * come from and the versions around it.
 *
 * @param row            the same figures as the list row (balance recomputed by the domain)
 * @param items          the items in the order the exchange holds them, each with its effect
 * @param memoTotal      total of the memo items (outstanding loss reserve, IBNR), outside the balance
 * @param exchangeBalance the balance the exchange computed (the same domain rule; a mismatch would be a defect and is shown)
 * @param shares         the visible shares (only the user's own for a reinsurer)
 * @param shareTotal     the sum of the visible shares
 * @param claimIds       claims linked from the items (claims-paid or cash-loss items)
 * @param reversesId     the account this reversal cancels, or null
 * @param supersedesId   the version this correction replaces, or null
 * @param supersededById the correction that replaced this version, or null
 * @param registrationNumber the bill registration number, or null when not registered
 * @param registeredAt   when it was registered, or null
 * @param issuedAt       when it was issued, or null for a draft
 * @param serverVersion  the exchange's version the vault holds (its ETag), 0 for a local draft not yet accepted
 * @param allowedActions what the user's organisation may do with it now (the domain's workflow and the role)
 */
public record AccountDetail(AccountRow row, List<AccountItem> items, Money memoTotal, Money exchangeBalance,
                            List<ParticipantShare> shares, Money shareTotal, List<UUID> claimIds, UUID reversesId,
                            UUID supersedesId, UUID supersededById, String registrationNumber, Instant registeredAt,
                            Instant issuedAt, long serverVersion, List<AccountAction> allowedActions) {

    public AccountDetail {
        items = List.copyOf(items);
        shares = List.copyOf(shares);
        claimIds = List.copyOf(claimIds);
        allowedActions = List.copyOf(allowedActions);
    }
}
