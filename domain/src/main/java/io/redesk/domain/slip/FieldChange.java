package io.redesk.domain.slip;

/**
 * One field that differs between two versions of a slip: its dotted path (same form as
 * {@code FieldError} paths) and the value before and after (null when absent).
 */
public record FieldChange(String field, Object before, Object after) {
}
