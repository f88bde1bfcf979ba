package io.redesk.store.placement;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One numbered version of a placement's slip (MRC). Every version is kept so versions can be compared
 * field by field. The slip body is held as a JSON tree so the vault stores whatever section structure
 * the slip editor writes; when {@code io.redesk.domain.slip.Slip} is available the editor serialises
 * it into this tree unchanged.
 */
public record SlipVersionRecord(String id, String placementId, int slipVersion, LocalDate effectiveDate,
                                String changeNote, JsonNode slip) {

    public SlipVersionRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(placementId, "placementId");
        Objects.requireNonNull(slip, "slip");
        if (slipVersion < 1) {
            throw new IllegalArgumentException("slip versions start at 1, got " + slipVersion);
        }
    }
}
