package io.redesk.app.underwriting;

import java.util.Objects;

/**
 * One reason a form field is not acceptable: the field, a stable code the view-model turns into text
 * in the user's language, and an optional argument (a limit, the offending value).
 *
 * @param field the form field ({@code premium}, {@code capacity}, ...)
 * @param code  {@code required}, {@code number}, {@code positive}, {@code percent.range}, {@code decimals},
 *              {@code future}, {@code subjectivity}, or a domain code
 * @param arg   detail for the message, or empty
 */
public record FieldProblem(String field, String code, String arg) {

    public FieldProblem {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(code, "code");
        arg = arg == null ? "" : arg;
    }
}
