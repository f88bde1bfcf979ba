package io.redesk.store.placement;

import io.redesk.domain.placement.PlacementStatus;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A placement as the vault keeps it: identity, market reference (UMR), the title users search by,
 * workflow status, the parties, the period and the number of the current slip version. The slip text
 * itself lives in {@link SlipVersionRecord}s, one per version. {@code contractKind} is the exchange's
 * contract-kind code (e.g. {@code QUOTA_SHARE}, {@code FAC_PROPORTIONAL}) so lists can filter by kind
 * without opening every slip; null when not known yet (records written before it was kept).
 */
public record PlacementRecord(String id, String umr, String title, PlacementStatus status, String cedentId,
                              String brokerId, LocalDate inception, LocalDate expiry, int currentSlipVersion,
                              String contractKind) {

    /** A record whose contract kind is not known. */
    public PlacementRecord(String id, String umr, String title, PlacementStatus status, String cedentId,
                           String brokerId, LocalDate inception, LocalDate expiry, int currentSlipVersion) {
        this(id, umr, title, status, cedentId, brokerId, inception, expiry, currentSlipVersion, null);
    }

    public PlacementRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(status, "status");
    }

    public PlacementRecord withStatus(PlacementStatus next) {
        return new PlacementRecord(id, umr, title, next, cedentId, brokerId, inception, expiry, currentSlipVersion, contractKind);
    }
}
