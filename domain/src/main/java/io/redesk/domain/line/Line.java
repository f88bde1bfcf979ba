package io.redesk.domain.line;

import io.redesk.domain.money.Share;
import io.redesk.domain.signing.WrittenLine;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A reinsurer's line on a slip: the written share (of the order, or of the whole, per the slip's
 * basis of written lines), whether it is written to stand, line conditions and subjectivities, the
 * underwriter's reference, when it was written, its status and, once signed, the signed share.
 *
 * @param signed the signed share; null until the placement is signed
 */
public record Line(String lineId, String reinsurerId, Share written, boolean toStand, List<String> conditions,
                   List<Subjectivity> subjectivities, String underwriterReference, Instant writtenAt,
                   LineStatus status, Share signed) {

    public Line {
        conditions = conditions == null ? List.of() : List.copyOf(conditions);
        subjectivities = subjectivities == null ? List.of() : List.copyOf(subjectivities);
        if (status == null) {
            status = LineStatus.WRITTEN;
        }
    }

    /** A freshly written line with no conditions. */
    public static Line written(String lineId, String reinsurerId, Share written, boolean toStand, String underwriterReference,
                               Instant writtenAt) {
        return new Line(lineId, reinsurerId, written, toStand, List.of(), List.of(), underwriterReference, writtenAt,
                LineStatus.WRITTEN, null);
    }

    /** The line as input to signing down. */
    public WrittenLine toWrittenLine() {
        return new WrittenLine(Objects.requireNonNull(lineId, "lineId"), Objects.requireNonNull(written, "written"),
                toStand, Objects.requireNonNull(writtenAt, "writtenAt"));
    }

    /** The same line moved to a new status (checked by {@link LineWorkflow}). */
    public Line withStatus(LineStatus next) {
        return new Line(lineId, reinsurerId, written, toStand, conditions, subjectivities, underwriterReference, writtenAt,
                LineWorkflow.transition(status, next), signed);
    }

    /** The line signed at the given share. */
    public Line sign(Share signedShare) {
        Objects.requireNonNull(signedShare, "signedShare");
        return new Line(lineId, reinsurerId, written, toStand, conditions, subjectivities, underwriterReference, writtenAt,
                LineWorkflow.transition(status, LineStatus.SIGNED), signedShare);
    }
}
