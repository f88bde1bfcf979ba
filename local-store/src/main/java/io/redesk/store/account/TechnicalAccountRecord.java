package io.redesk.store.account;

import io.redesk.domain.account.TechnicalAccount;
import java.util.Objects;

/**
 * A technical account as kept locally: the domain's {@link TechnicalAccount} (items, stated balance;
 * balances are always recomputed from items by the domain) with its id, contract link and status.
 */
public record TechnicalAccountRecord(String id, String placementId, Status status, String participantId,
                                     TechnicalAccount account) {

    /** Lifecycle of a technical account between the parties. */
    public enum Status { DRAFT, ISSUED, AGREED, DISPUTED, SETTLED }

    public TechnicalAccountRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(account, "account");
    }
}
