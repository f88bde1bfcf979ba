package io.redesk.domain.signing;

import io.redesk.domain.money.Share;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * A line after closing: written and signed shares, both as a percentage of the (final) order.
 * {@link #ofWholeRisk(Share)} converts the signed share to a share of the whole risk.
 */
public record SignedLine(String lineId, Share written, Share signed) {

    public SignedLine {
        Objects.requireNonNull(lineId, "lineId");
        Objects.requireNonNull(written, "written");
        Objects.requireNonNull(signed, "signed");
    }

    /** The signed line as a share of the whole risk, e.g. 25% of an 80% order = 20%. */
    public Share ofWholeRisk(Share order) {
        return signed.applyTo(order, RoundingMode.HALF_UP);
    }
}
