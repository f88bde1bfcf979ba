package io.redesk.sdk.model.account;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.redesk.sdk.model.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A claim with its payments. Wire form of the {@code Claim} schema of openapi.yaml; required: {@code id}, {@code placementId}, {@code ucr}, {@code lossDate}, {@code cause}, {@code description}, {@code reserve}, {@code payments}, {@code paidTotal}, {@code createdAt}, {@code version}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Claim(
        UUID id,
        UUID placementId,
        String ucr,
        LocalDate lossDate,
        String cause,
        String description,
        Money reserve,
        List<ClaimPayment> payments,
        Money paidTotal,
        Instant createdAt,
        long version,
        BillRegistration registration) {
    /** Copies lists so instances stay immutable. */
    public Claim {
        payments = payments == null ? null : List.copyOf(payments);
    }

    /** A claim not registered with the exchange. */
    public Claim(UUID id, UUID placementId, String ucr, LocalDate lossDate, String cause, String description, Money reserve,
                 List<ClaimPayment> payments, Money paidTotal, Instant createdAt, long version) {
        this(id, placementId, ucr, lossDate, cause, description, reserve, payments, paidTotal, createdAt, version, null);
    }
}
