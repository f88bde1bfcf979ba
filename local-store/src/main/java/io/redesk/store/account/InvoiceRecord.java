package io.redesk.store.account;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/**
 * A tax invoice (发票) for one reinsurer's share of a technical account (the wire {@code Invoice}: VAT
 * treatment and legal basis, gross/VAT/net, number, red-letter reversal) with the user's queued changes applied.
 *
 * @param status a wire enum name (REQUESTED, ISSUED, DELIVERED, CONFIRMED, EXEMPT, VOIDED)
 */
public record InvoiceRecord(String id, String technicalAccountId, String status, JsonNode invoice) {

    public InvoiceRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(technicalAccountId, "technicalAccountId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(invoice, "invoice");
    }
}
