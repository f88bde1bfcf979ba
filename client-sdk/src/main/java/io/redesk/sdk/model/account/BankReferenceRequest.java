package io.redesk.sdk.model.account;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A bank reference. Wire form of the {@code BankReferenceRequest} schema of openapi.yaml; required: {@code bankReference}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record BankReferenceRequest(
        String bankReference) {
}
