package io.redesk.sdk.batch;

/**
 * A batch whose body would exceed the contract's limit ({@code MutationBatchRequest.MAX_BYTES}); thrown
 * before anything is sent, so the sender can split it.
 */
public final class BatchTooLargeException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public BatchTooLargeException(String message) {
        super(message);
    }
}
