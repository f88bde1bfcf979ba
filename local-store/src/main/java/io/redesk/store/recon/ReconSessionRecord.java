package io.redesk.store.recon;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A reconciliation session: which ledger was matched against which counterparty or bank statement,
 * the window, and the workbench state (matches, breaks, disputes with notes) as the reconciliation
 * feature writes it.
 */
public record ReconSessionRecord(String id, Status status, String title, String counterpartyId, LocalDate from,
                                 LocalDate to, JsonNode workbench) {

    /** Progress of the session. */
    public enum Status { OPEN, IN_REVIEW, CLOSED }

    public ReconSessionRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
    }
}
