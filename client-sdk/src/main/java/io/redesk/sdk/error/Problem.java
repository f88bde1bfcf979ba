package io.redesk.sdk.error;

import java.util.List;
import java.util.Map;

/**
 * An RFC 9457 problem document as the exchange sends it ({@code application/problem+json}): the
 * standard members plus the exchange's extensions ({@code code}, {@code field}, per-field
 * {@code errors}, and whatever else it adds, kept in {@link #extensions()}).
 *
 * @param type        problem type URI
 * @param title       short summary
 * @param status      HTTP status the server stated
 * @param detail      explanation for this occurrence
 * @param instance    URI of this occurrence
 * @param code        stable machine-readable code
 * @param field       the request field at fault (first one when several)
 * @param errors      every field error
 * @param extensions  all other members, as plain JSON values
 */
public record Problem(String type, String title, Integer status, String detail, String instance, String code,
        String field, List<FieldError> errors, Map<String, Object> extensions) {

    public Problem {
        errors = errors == null ? List.of() : List.copyOf(errors);
        extensions = extensions == null ? Map.of() : Map.copyOf(extensions);
    }

    /** One invalid field: its JSON path / name, a code and a message. */
    public record FieldError(String field, String code, String detail) {
    }
}
