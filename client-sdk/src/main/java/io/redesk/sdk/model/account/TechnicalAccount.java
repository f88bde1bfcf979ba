package io.redesk.sdk.model.account;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.redesk.sdk.model.Money;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A technical account (bill) at 100%, with the caller-visible shares. Wire form of the {@code TechnicalAccount} schema of openapi.yaml; required: {@code id}, {@code placementId}, {@code contractReference}, {@code section}, {@code period}, {@code currency}, {@code instalment}, {@code accountVersion}, {@code kind}, {@code reversesId}, {@code supersedesId}, {@code supersededById}, {@code status}, {@code cedentId}, {@code brokerId}, {@code items}, {@code statedBalance}, {@code balance}, {@code memoTotal}, {@code statedDifference}, {@code flagged}, {@code direction}, {@code shares}, {@code registration}, {@code createdAt}, {@code issuedAt}, {@code version}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record TechnicalAccount(
        UUID id,
        UUID placementId,
        String contractReference,
        String section,
        String period,
        String currency,
        Integer instalment,
        int accountVersion,
        AccountKind kind,
        UUID reversesId,
        UUID supersedesId,
        UUID supersededById,
        AccountStatus status,
        UUID cedentId,
        UUID brokerId,
        List<TaItem> items,
        Money statedBalance,
        Money balance,
        Money memoTotal,
        Money statedDifference,
        boolean flagged,
        BalanceDirection direction,
        List<AccountShare> shares,
        BillRegistration registration,
        Instant createdAt,
        Instant issuedAt,
        long version) {
    /** Copies lists so instances stay immutable. */
    public TechnicalAccount {
        items = items == null ? null : List.copyOf(items);
        shares = shares == null ? null : List.copyOf(shares);
    }
}
