package io.redesk.sdk.model.batch;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * One mutation of a batch: what a single {@code POST}/{@code PUT} would send. {@code id} is its
 * idempotency key (the single call's {@code Idempotency-Key}); {@code aggregate} groups items that
 * must be applied in order (a rejected item holds back the later items of its aggregate);
 * {@code method} and {@code path} name the single operation (e.g. {@code PUT /placements/{id}/slip});
 * {@code ifMatch} is the single call's {@code If-Match} value (e.g. {@code "3"} with quotes); {@code body}
 * its JSON body. Wire form of the {@code MutationBatchItem} schema; required: {@code id},
 * {@code aggregate}, {@code method}, {@code path}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record MutationBatchItem(String id, String aggregate, String method, String path, String ifMatch,
                                JsonNode body) {
}
