package io.redesk.domain.line;

/**
 * The life of a written line: WRITTEN, possibly AMENDED (again and again) by its underwriter, then
 * SIGNED when the placement closes, or WITHDRAWN before that. Legal moves are in {@link LineWorkflow}.
 */
public enum LineStatus {
    WRITTEN,
    AMENDED,
    WITHDRAWN,
    /** The placement closed and this line's signed % is fixed. */
    SIGNED
}
