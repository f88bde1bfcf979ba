package io.redesk.sdk.model.account;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A red-letter reversal. Wire form of the {@code InvoiceVoidRequest} schema of openapi.yaml; required: {@code redInvoiceNumber}, {@code reason}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record InvoiceVoidRequest(
        String redInvoiceNumber,
        String reason) {
}
