package io.redesk.store.quote;

import io.redesk.domain.money.Money;
import io.redesk.domain.money.Share;
import io.redesk.domain.quote.QuoteStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A quote requested from (or given by) one reinsurer on a placement: premium or rate, capacity
 * offered, conditions, subjectivities and validity. Visible only to the two parties, which is exactly
 * why it is encrypted at rest.
 */
public record QuoteRecord(String id, String placementId, String reinsurerId, QuoteStatus status, Money premium,
                          BigDecimal ratePercent, Share capacityOffered, String conditions, List<String> subjectivities,
                          LocalDate validUntil) {

    public QuoteRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(placementId, "placementId");
        Objects.requireNonNull(status, "status");
        subjectivities = subjectivities == null ? List.of() : List.copyOf(subjectivities);
    }
}
