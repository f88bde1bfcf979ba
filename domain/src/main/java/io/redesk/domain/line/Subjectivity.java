package io.redesk.domain.line;

import java.time.LocalDate;

/**
 * A condition the cover is subject to (e.g. "survey within 30 days"), with the date by which it must
 * be met and its status. Held on the slip's risk details and on individual lines. Fields may be
 * incomplete in a draft; {@code SlipValidator} names what is missing.
 */
public record Subjectivity(String text, LocalDate deadline, SubjectivityStatus status) {

    public Subjectivity(String text, LocalDate deadline) {
        this(text, deadline, SubjectivityStatus.OPEN);
    }
}
