package io.redesk.app.desk.finance;

import io.redesk.domain.money.Money;
import io.redesk.sdk.model.account.AccountKind;
import io.redesk.sdk.model.account.AccountStatus;
import io.redesk.sdk.model.account.BalanceDirection;
import io.redesk.sdk.model.account.ParticipantResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One technical account as the accounts list shows it (light: no items, no shares). Figures are the
 * domain's: {@code balance} is recomputed from the items, never the stated total.
 *
 * @param id               the exchange's id (a temporary id while a correction made offline is unsent)
 * @param placementId      the contract's placement
 * @param contractReference the UMR
 * @param section          section or layer, or null
 * @param period           accounting period ("2027Q1", "2027H1", "2027M03", "2027Y")
 * @param currency         ISO 4217 code of the account
 * @param instalment       premium instalment number, or null
 * @param accountVersion   1 for the original, 2… for corrections
 * @param kind             original, reversal or correction
 * @param status           the account's state (with the user's queued action already applied)
 * @param myResponse       the user's organisation's answer as a participant, or null when it is not one
 * @param cedentId         the cedent
 * @param brokerId         the placing broker, or null
 * @param counterpartyIds  who the user's organisation settles this account with: the cedent for a
 *                         participant; every participant for the cedent; cedent and participants for the broker
 * @param balance          the balance at 100% as the domain computes it from the items
 * @param stated           the total the sender stated, or null
 * @param difference       stated − computed (zero when nothing was stated)
 * @param flagged          a stated total that disagrees with the items
 * @param direction        who owes whom at 100%
 * @param myAmount         the user's organisation's share of the balance (participant), or the balance (cedent/broker)
 * @param dueDate          when settlement is due ({@link FinanceBook#dueDate})
 * @param overdue          past the due date and not settled, on {@link FinanceBook#today()}
 * @param updatedAt        last change in the vault
 * @param sync             the user's own changes to it on their way
 */
public record AccountRow(UUID id, UUID placementId, String contractReference, String section, String period,
                         String currency, Integer instalment, int accountVersion, AccountKind kind, AccountStatus status,
                         ParticipantResponse myResponse, UUID cedentId, UUID brokerId, List<UUID> counterpartyIds,
                         Money balance, Money stated, Money difference, boolean flagged, BalanceDirection direction,
                         Money myAmount, LocalDate dueDate, boolean overdue, Instant updatedAt, SyncMark sync) {

    public AccountRow {
        counterpartyIds = counterpartyIds == null ? List.of() : List.copyOf(counterpartyIds);
    }
}
