package io.redesk.store.account;

import io.redesk.domain.money.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** A statement of account with one counterparty, aggregating technical accounts for a period. */
public record StatementRecord(String id, String counterpartyId, Status status, String reference, LocalDate periodEnd,
                              List<String> technicalAccountIds, Money balance) {

    /** Where the statement stands with the counterparty. */
    public enum Status { DRAFT, SENT, AGREED, DISPUTED, SETTLED }

    public StatementRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(counterpartyId, "counterpartyId");
        Objects.requireNonNull(status, "status");
        technicalAccountIds = technicalAccountIds == null ? List.of() : List.copyOf(technicalAccountIds);
    }
}
