package io.redesk.app.underwriting;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/**
 * An underwriter's action saved in the vault's outbox and not yet accepted by the exchange: waiting
 * (offline, or about to be sent) or rejected with the exchange's reason. While it waits the desk shows
 * it instead of the form, so the same answer is never given twice; once rejected the form comes back,
 * filled with what was sent, beside the reason.
 *
 * @param kind             what the action was
 * @param clientMutationId the outbox entry (also its idempotency key at the exchange)
 * @param aggregateId      the quote, or the line (a temporary id until the exchange accepts it)
 * @param rejected         whether the exchange refused it for good
 * @param reason           the exchange's code and detail for a rejection (or the last transient error), or empty
 * @param body             the request as it was queued (to refill the form after a rejection)
 */
public record PendingChange(Kind kind, String clientMutationId, String aggregateId, boolean rejected, String reason, JsonNode body) {

    /** The underwriter actions that go through the outbox. */
    public enum Kind { QUOTE, DECLINE, LINE }

    public PendingChange {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(clientMutationId, "clientMutationId");
        Objects.requireNonNull(aggregateId, "aggregateId");
        reason = reason == null ? "" : reason;
    }

    /** The exchange's refusal as data (its code and the field it named); empty when no exchange answer says why. */
    public java.util.Optional<io.redesk.app.sync.engine.Refusal> refusal() {
        return io.redesk.app.sync.engine.Refusal.parse(reason);
    }
}
