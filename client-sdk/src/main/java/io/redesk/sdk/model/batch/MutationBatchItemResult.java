package io.redesk.sdk.model.batch;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * What one item of a batch got: exactly what the single call would have answered. {@code status} is
 * its HTTP status, {@code etag} and {@code location} its headers, {@code replayed} whether the item's
 * key had been used before (the first outcome is returned), {@code body} the single call's body (the
 * resource on success, a problem document on failure). Status 424 ({@code PRECEDING_ITEM_FAILED}):
 * not attempted, because an earlier item of the same aggregate in this batch failed; nothing was stored
 * under its key, so it may be sent again. Wire form of the {@code MutationBatchItemResult} schema;
 * required: {@code id}, {@code status}, {@code replayed}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record MutationBatchItemResult(String id, int status, String etag, String location, boolean replayed,
                                      JsonNode body) {

    /** The item's status when an earlier item of its aggregate failed in the same batch. */
    public static final int SKIPPED = 424;

    public boolean succeeded() {
        return status >= 200 && status < 300;
    }
}
