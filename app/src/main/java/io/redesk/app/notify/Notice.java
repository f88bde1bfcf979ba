package io.redesk.app.notify;

import java.util.Objects;
import java.util.UUID;

/**
 * Something the user should hear about now: an inbound quote request or quote, a line written, a line
 * signed, a placement signed. The UI turns the kind and its arguments into localised text.
 *
 * @param kind        what happened
 * @param placementId the placement it happened on
 * @param reference   the placement's UMR or title, to name it
 * @param detail      a value for the message (the signed share), or empty
 */
public record Notice(Kind kind, UUID placementId, String reference, String detail) {

    /** What happened. */
    public enum Kind {
        /** A broker asks this reinsurer for a quote. */
        QUOTE_REQUESTED,
        /** A reinsurer sent a quote on the user's placement. */
        QUOTE_RECEIVED,
        /** This reinsurer's quote was accepted: it leads. */
        QUOTE_ACCEPTED,
        /** This reinsurer is invited to follow a firm order. */
        FIRM_ORDER,
        /** A line was written on the user's placement. */
        LINE_WRITTEN,
        /** This reinsurer's line was signed (perhaps signed down). */
        LINE_SIGNED,
        /** The user's placement was closed and signed. */
        PLACEMENT_SIGNED
    }

    public Notice {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(placementId, "placementId");
        reference = reference == null ? "" : reference;
        detail = detail == null ? "" : detail;
    }
}
