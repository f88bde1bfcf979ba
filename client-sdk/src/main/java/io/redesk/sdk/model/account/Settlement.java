package io.redesk.sdk.model.account;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.redesk.sdk.model.Money;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A settlement of a net position. Wire form of the {@code Settlement} schema of openapi.yaml; required: {@code id}, {@code payerId}, {@code payeeId}, {@code net}, {@code due}, {@code fxRate}, {@code crossBorderRmb}, {@code status}, {@code accountIds}, {@code payments}, {@code paid}, {@code residue}, {@code confirmedBankReference}, {@code createdAt}, {@code version}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Settlement(
        UUID id,
        UUID payerId,
        UUID payeeId,
        Money net,
        Money due,
        FxRate fxRate,
        boolean crossBorderRmb,
        SettlementStatus status,
        List<UUID> accountIds,
        List<SettlementPayment> payments,
        Money paid,
        Money residue,
        String confirmedBankReference,
        Instant createdAt,
        long version) {
    /** Copies lists so instances stay immutable. */
    public Settlement {
        accountIds = accountIds == null ? null : List.copyOf(accountIds);
        payments = payments == null ? null : List.copyOf(payments);
    }
}
