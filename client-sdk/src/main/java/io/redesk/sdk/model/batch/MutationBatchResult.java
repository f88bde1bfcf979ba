package io.redesk.sdk.model.batch;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The answer to a mutation batch: one result per item, in the items' order. Wire form of the
 * {@code MutationBatchResult} schema; required: {@code results}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record MutationBatchResult(List<MutationBatchItemResult> results) {
}
