package io.redesk.sdk.batch;

/**
 * The handle of one item added to a {@link MutationBatch}: its position, its idempotency key, the
 * single operation it stands for ({@code "PUT /placements/…/slip"}, for messages) and the type its
 * success body is read as.
 *
 * @param <T> the single call's answer type
 */
public record BatchCall<T>(int index, String key, String operation, Class<T> answerType) {
}
