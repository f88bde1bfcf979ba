package io.redesk.app.underwriting;

/** What a placement in the underwriter's inbox asks of them now, most urgent first. */
public enum DeskAction {
    /** A quote request is open: quote or decline. */
    ANSWER_QUOTE,
    /** Invited to follow the firm order and no line yet: write a line. */
    WRITE_LINE,
    /** The user's quote, decline or line is saved and waits to reach the exchange. */
    SENDING,
    /** Quoted; the broker has not decided. */
    AWAITING_BROKER,
    /** A line is written; the broker has not closed the placement. */
    LINE_WRITTEN,
    /** The placement is signed: the signed line is final. */
    SIGNED,
    /** Nothing more to do (declined, not taken up, expired, cancelled). */
    CLOSED
}
