package io.redesk.sdk.model.account;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.UUID;

/**
 * A request for the invoice of a reinsurer's share. Wire form of the {@code InvoiceRequest} schema of openapi.yaml; required: {@code technicalAccountId}, {@code reinsurerId}, {@code consumedWhollyAbroad}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record InvoiceRequest(
        UUID technicalAccountId,
        UUID reinsurerId,
        boolean consumedWhollyAbroad) {
}
