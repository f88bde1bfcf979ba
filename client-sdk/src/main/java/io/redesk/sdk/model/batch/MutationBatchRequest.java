package io.redesk.sdk.model.batch;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * Several mutations sent in one request ({@code POST /mutation-batches}), each with its own
 * idempotency key. Wire form of the {@code MutationBatchRequest} schema of openapi.yaml; required:
 * {@code items} (1 to {@link #MAX_ITEMS}; the whole body at most {@link #MAX_BYTES}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record MutationBatchRequest(List<MutationBatchItem> items) {

    /** The contract's maximum number of items per batch. */
    public static final int MAX_ITEMS = 100;

    /** The contract's maximum body size of a batch (the exchange's request limit, 256 KiB). */
    public static final int MAX_BYTES = 256 * 1024;
}
