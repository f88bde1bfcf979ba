package io.redesk.store.account;

import io.redesk.domain.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A settlement with one counterparty in one currency: the netted amount, the statements it settles,
 * the cross-border RMB flag and, when converted, the FX rate with its source and date.
 */
public record SettlementRecord(String id, String counterpartyId, Status status, String reference, Money netAmount,
                               List<String> statementIds, boolean crossBorderRmb, BigDecimal fxRate, String fxSource,
                               LocalDate fxDate, LocalDate valueDate) {

    /** Payment progress. */
    public enum Status { PROPOSED, AGREED, PAID, CONFIRMED, CANCELLED }

    public SettlementRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(counterpartyId, "counterpartyId");
        Objects.requireNonNull(status, "status");
        statementIds = statementIds == null ? List.of() : List.copyOf(statementIds);
    }
}
