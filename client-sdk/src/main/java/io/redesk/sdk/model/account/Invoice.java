package io.redesk.sdk.model.account;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.redesk.sdk.model.Money;
import java.time.Instant;
import java.util.UUID;

/**
 * The invoice for one reinsurer's share of a technical account. Wire form of the {@code Invoice} schema of openapi.yaml; required: {@code id}, {@code technicalAccountId}, {@code issuerId}, {@code recipientId}, {@code reinsurerId}, {@code cedentId}, {@code treatment}, {@code legalBasis}, {@code gross}, {@code vat}, {@code net}, {@code status}, {@code invoiceNumber}, {@code redInvoiceNumber}, {@code voidReason}, {@code createdAt}, {@code version}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Invoice(
        UUID id,
        UUID technicalAccountId,
        UUID issuerId,
        UUID recipientId,
        UUID reinsurerId,
        UUID cedentId,
        VatTreatment treatment,
        String legalBasis,
        Money gross,
        Money vat,
        Money net,
        InvoiceStatus status,
        String invoiceNumber,
        String redInvoiceNumber,
        String voidReason,
        Instant createdAt,
        long version) {
}
