package io.redesk.sdk.batch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.redesk.sdk.RequestOptions;
import io.redesk.sdk.model.batch.MutationBatchItem;
import io.redesk.sdk.model.batch.MutationBatchRequest;
import io.redesk.sdk.model.batch.MutationBatchResult;
import io.redesk.sdk.transport.ApiRequest;
import io.redesk.sdk.transport.BaseService;
import io.redesk.sdk.transport.JsonBytes;
import io.redesk.sdk.transport.RequestExecutor;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code POST /mutation-batches}: several mutations in one request, each with its own idempotency key.
 * The request is retried like any other (connection failures, 5xx, 429): every item is idempotent,
 * so a batch resent after a lost answer returns each item's first outcome and applies nothing twice.
 * A batch over the contract's limits ({@value MutationBatchRequest#MAX_ITEMS} items,
 * {@value MutationBatchRequest#MAX_BYTES} bytes) is refused before anything is sent.
 */
public final class MutationBatchService extends BaseService<MutationBatchService> {

    public MutationBatchService(RequestExecutor executor, RequestOptions options) {
        super(executor, options);
    }

    @Override
    protected MutationBatchService copy(RequestOptions o) {
        return new MutationBatchService(executor, o);
    }

    /** A new, empty batch. */
    public MutationBatch newBatch() {
        return new MutationBatch();
    }

    /** Sends the batch; per-item outcomes in the answer. */
    public BatchOutcome send(MutationBatch batch) {
        if (batch.isEmpty()) {
            throw new IllegalArgumentException("a batch needs at least one item");
        }
        ObjectMapper mapper = executor.mapper();
        List<MutationBatchItem> items = new ArrayList<>(batch.size());
        for (MutationBatch.Entry e : batch.entries()) {
            items.add(new MutationBatchItem(e.key(), e.aggregate(), e.method(), e.path(), e.ifMatch(),
                    e.body() == null ? null : mapper.valueToTree(e.body())));
        }
        byte[] body;
        try {
            body = mapper.writeValueAsBytes(new MutationBatchRequest(items));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the batch cannot be written as JSON: " + e.getOriginalMessage(), e);
        }
        if (body.length > MutationBatchRequest.MAX_BYTES) {
            throw new BatchTooLargeException("the batch is " + body.length + " bytes, over the limit of "
                    + MutationBatchRequest.MAX_BYTES + "; split it");
        }
        MutationBatchResult result = call(ApiRequest.post("mutation-batches").body(new JsonBytes(body)), MutationBatchResult.class);
        if (result == null || result.results() == null || result.results().size() != items.size()) {
            throw new io.redesk.sdk.error.ExchangeException(200, "INVALID_RESPONSE", null, null,
                    "POST /mutation-batches answered " + (result == null || result.results() == null ? "no"
                            : result.results().size()) + " results for " + items.size() + " items", null);
        }
        return new BatchOutcome(result.results(), mapper, executor);
    }
}
