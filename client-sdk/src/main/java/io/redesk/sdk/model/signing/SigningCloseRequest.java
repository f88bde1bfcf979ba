package io.redesk.sdk.model.signing;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Wire form of the {@code SigningCloseRequest} schema of openapi.yaml; every field is optional.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record SigningCloseRequest(
        UnderSubscriptionDecision underSubscription) {
}
