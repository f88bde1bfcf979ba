package io.redesk.domain.line;

/** Whether a subjectivity (a condition to be met after writing) is still open. */
public enum SubjectivityStatus {
    OPEN,
    SATISFIED,
    WAIVED,
    /** Not met by its deadline. */
    LAPSED
}
