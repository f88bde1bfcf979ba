package io.redesk.app.desk.finance;

/**
 * What a finance action returns at once: the change is saved in the vault with its local effect visible
 * to {@link FinanceBook}, and waits in the outbox for the exchange.
 *
 * @param clientMutationId the outbox entry (also its idempotency key); the Sync issues page names it
 * @param subjectId        the record the action concerns; for an action that creates one (a correction, a
 *                         settlement, an invoice request) a temporary id that becomes the exchange's once accepted
 */
public record Queued(String clientMutationId, String subjectId) {
}
