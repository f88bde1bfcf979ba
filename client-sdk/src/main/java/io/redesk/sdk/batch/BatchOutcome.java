package io.redesk.sdk.batch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.redesk.sdk.error.ExchangeException;
import io.redesk.sdk.model.batch.MutationBatchItemResult;
import io.redesk.sdk.transport.RequestExecutor;
import java.util.List;

/**
 * The exchange's answer to a {@link MutationBatch}: per item, exactly what the single call would have
 * returned or thrown. {@link #result(BatchCall)} gives the item's answer body, or throws the same
 * {@link ExchangeException} subtype the single service method throws for that status and problem
 * ({@code ValidationException} for 400/422, {@code ConflictException} for 409,
 * {@code PreconditionFailedException} with the current version for 412, ...). An item the exchange did
 * not attempt because an earlier item of its aggregate failed is {@link #skipped(BatchCall)}; nothing was
 * stored under its key.
 */
public final class BatchOutcome {

    private final List<MutationBatchItemResult> results;
    private final ObjectMapper mapper;
    private final RequestExecutor executor;

    BatchOutcome(List<MutationBatchItemResult> results, ObjectMapper mapper, RequestExecutor executor) {
        this.results = results;
        this.mapper = mapper;
        this.executor = executor;
    }

    /** The item's raw result. */
    public MutationBatchItemResult raw(BatchCall<?> call) {
        MutationBatchItemResult r = results.get(call.index());
        if (!call.key().equals(r.id())) {
            throw new IllegalStateException("result " + call.index() + " answers " + r.id() + ", not " + call.key());
        }
        return r;
    }

    public boolean skipped(BatchCall<?> call) {
        return raw(call).status() == MutationBatchItemResult.SKIPPED;
    }

    public boolean succeeded(BatchCall<?> call) {
        return raw(call).succeeded();
    }

    /** Whether the item's key had been used before and this is its first outcome. */
    public boolean replayed(BatchCall<?> call) {
        return raw(call).replayed();
    }

    /** The item's answer, or the exception its single call would have thrown. */
    public <T> T result(BatchCall<T> call) {
        MutationBatchItemResult r = raw(call);
        if (!r.succeeded()) {
            throw failure(call);
        }
        if (r.body() == null || r.body().isNull()) {
            return null;
        }
        try {
            return mapper.treeToValue(r.body(), call.answerType());
        } catch (JsonProcessingException e) {
            throw new ExchangeException(r.status(), "INVALID_RESPONSE", null, null, call.operation() + " -> " + r.status()
                    + " with a body that does not match " + call.answerType().getSimpleName(), e);
        }
    }

    /** The exception the item's single call would have thrown; only for an item that did not succeed. */
    public ExchangeException failure(BatchCall<?> call) {
        MutationBatchItemResult r = raw(call);
        if (r.succeeded()) {
            throw new IllegalStateException(call.operation() + " succeeded");
        }
        byte[] body;
        try {
            body = r.body() == null ? null : mapper.writeValueAsBytes(r.body());
        } catch (JsonProcessingException e) {
            body = null;
        }
        return executor.errorFor(call.operation() + " (batch item " + call.key() + ")", r.status(), body, r.etag());
    }
}
