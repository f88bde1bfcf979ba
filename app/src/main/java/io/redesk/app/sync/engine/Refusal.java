package io.redesk.app.sync.engine;

import io.redesk.sdk.error.ExchangeException;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The exchange's answer to a push, as data: HTTP status (0: no answer), the stable error code, the
 * detail, and the request field it names. The outbox keeps it as one line of text with the entry
 * ({@link #text()}, e.g. {@code HTTP 422 VALIDATION_FAILED: must be positive [field premium]}); this
 * is the one place that writes that line and the one place that reads it back ({@link #parse}), so the
 * desk decides by the field and the code, never by searching the text.
 *
 * @param status the HTTP status, 0 when no answer came
 * @param code   the exchange's stable error code
 * @param detail the exchange's explanation, possibly empty
 * @param field  the request field the exchange named, if any
 */
public record Refusal(int status, String code, String detail, Optional<String> field) {

    private static final Pattern TEXT = Pattern.compile(
            "(?:HTTP (\\d{3})|no answer) (\\S+?)(?:: (.*?))?(?: \\[field ([^\\]\\s]+)])?", Pattern.DOTALL);

    public Refusal {
        Objects.requireNonNull(code, "code");
        detail = detail == null ? "" : detail;
        Objects.requireNonNull(field, "field");
    }

    /** The refusal an exchange error says. */
    public static Refusal of(ExchangeException e) {
        return new Refusal(e.status(), e.code(), e.detail().orElse(""), e.field());
    }

    /** The line kept with the outbox entry. */
    public String text() {
        StringBuilder sb = new StringBuilder();
        sb.append(status == 0 ? "no answer" : "HTTP " + status).append(' ').append(code);
        if (!detail.isEmpty()) {
            sb.append(": ").append(detail);
        }
        field.ifPresent(f -> sb.append(" [field ").append(f).append(']'));
        return sb.toString();
    }

    /** The refusal a kept line says; empty for a line {@link #text()} did not write (a local failure). */
    public static Optional<Refusal> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = TEXT.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        int status = m.group(1) == null ? 0 : Integer.parseInt(m.group(1));
        return Optional.of(new Refusal(status, m.group(2), m.group(3), Optional.ofNullable(m.group(4))));
    }
}
