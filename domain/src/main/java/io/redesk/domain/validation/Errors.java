package io.redesk.domain.validation;

import java.util.ArrayList;
import java.util.List;

/** Collects {@link FieldError}s while a validator walks an object, so all of them are reported. */
public final class Errors {

    private final List<FieldError> list = new ArrayList<>();

    public Errors add(String field, String code, String message) {
        list.add(new FieldError(field, code, message));
        return this;
    }

    /** Records a "required" error when {@code value} is null or a blank string; returns whether present. */
    public boolean require(String field, Object value) {
        boolean present = value != null && !(value instanceof String s && s.isBlank());
        if (!present) {
            list.add(FieldError.required(field));
        }
        return present;
    }

    public boolean isEmpty() {
        return list.isEmpty();
    }

    public List<FieldError> toList() {
        return List.copyOf(list);
    }
}
