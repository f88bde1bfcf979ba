package io.redesk.domain.signing;

import io.redesk.domain.money.Share;
import java.time.Instant;
import java.util.Objects;

/**
 * A line as written, for signing down: its share of the order, whether the underwriter wrote it
 * "to stand" (not to be signed down), and when it was written (earlier lines win rounding ties).
 */
public record WrittenLine(String lineId, Share written, boolean toStand, Instant writtenAt) {

    public WrittenLine {
        Objects.requireNonNull(lineId, "lineId");
        Objects.requireNonNull(written, "written");
        Objects.requireNonNull(writtenAt, "writtenAt");
        if (lineId.isBlank()) {
            throw new IllegalArgumentException("lineId must not be blank");
        }
    }
}
