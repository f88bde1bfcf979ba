package io.redesk.domain.validation;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when an object cannot be built because its input has problems; carries every problem found,
 * not only the first, so the caller can show them all at once.
 */
public class ValidationException extends IllegalArgumentException {

    private final List<FieldError> errors;

    public ValidationException(List<FieldError> errors) {
        super(errors.stream().map(FieldError::toString).collect(Collectors.joining("; ")));
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** Throws if the list is not empty. */
    public static void throwIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
