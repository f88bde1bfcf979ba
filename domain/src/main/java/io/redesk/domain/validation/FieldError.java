package io.redesk.domain.validation;

import java.util.Objects;

/**
 * One problem with one field of an input, in a form the UI can put next to the field and the server
 * can return in a problem document: a dotted path ({@code riskDetails.period.expiry},
 * {@code securityDetails.lines[2].written}), a stable machine code, and an English message.
 */
public record FieldError(String field, String code, String message) {

    public FieldError {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    public static FieldError required(String field) {
        return new FieldError(field, "required", field + " is required");
    }

    @Override
    public String toString() {
        return field + ": " + message + " [" + code + "]";
    }
}
