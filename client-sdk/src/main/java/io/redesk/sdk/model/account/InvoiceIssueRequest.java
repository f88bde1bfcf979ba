package io.redesk.sdk.model.account;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The number an invoice is issued under. Wire form of the {@code InvoiceIssueRequest} schema of openapi.yaml; required: {@code invoiceNumber}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record InvoiceIssueRequest(
        String invoiceNumber) {
}
