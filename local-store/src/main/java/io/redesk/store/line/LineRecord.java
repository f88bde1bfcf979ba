package io.redesk.store.line;

import io.redesk.domain.line.LineStatus;
import io.redesk.domain.money.Share;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A written line on a placement: written share of the order, the to-stand flag, conditions,
 * subjectivities, the underwriter's reference, when it was written, and the signed share once the
 * placement closes (null before).
 */
public record LineRecord(String id, String placementId, String reinsurerId, LineStatus status, Share written,
                         boolean toStand, Share signed, String underwriterReference, String conditions,
                         List<String> subjectivities, Instant writtenAt) {

    public LineRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(placementId, "placementId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(written, "written");
        subjectivities = subjectivities == null ? List.of() : List.copyOf(subjectivities);
    }
}
