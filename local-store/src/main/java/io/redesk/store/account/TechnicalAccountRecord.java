package io.redesk.store.account;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/**
 * A technical account as the screens read it: the exchange's document (the wire {@code TechnicalAccount}
 * of the accounts API, as JSON) with the user's own queued changes applied. The balance is never taken
 * from here on trust: the app recomputes it from the items with the domain.
 *
 * @param id          the exchange's id (or a temporary id for a correction not yet accepted)
 * @param placementId the contract's placement (not a foreign key: the account may arrive first)
 * @param status      the account's state, a wire enum name (DRAFT, ISSUED, AGREED, QUERIED, SETTLED, SUPERSEDED)
 * @param account     the document
 */
public record TechnicalAccountRecord(String id, String placementId, String status, JsonNode account) {

    public TechnicalAccountRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(account, "account");
    }
}
