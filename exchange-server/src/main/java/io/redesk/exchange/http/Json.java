package io.redesk.exchange.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.networknt.schema.ValidationMessage;
import io.redesk.sdk.model.WireJson;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Reading request bodies and writing responses with the shared wire mapper. A body is first checked
 * against its contract schema; the first problem becomes a 400 naming the field as a dotted path
 * ({@code slip.riskDetails.limit.amount}, {@code reinsurerIds[1]}).
 */
public final class Json {
    private final ObjectMapper mapper = WireJson.newMapper();
    private final ContractSchemas schemas;
    private final ExactBodies exact;
    /** Texts written during the current thread's {@link #rememberingWrites} scope, by object identity. */
    private final ThreadLocal<Map<Object, String>> written = new ThreadLocal<>();

    /** Work that may fail with a checked exception. */
    @FunctionalInterface
    public interface Work<T, E extends Exception> {
        T run() throws E;
    }

    public Json(ContractSchemas schemas) {
        this.schemas = schemas;
        this.exact = new ExactBodies(schemas);
    }

    /** The exactness check of codes and numbers, found from the contract. */
    ExactBodies exact() {
        return exact;
    }

    /** The contract's schemas the bodies are checked against. */
    public ContractSchemas schemas() {
        return schemas;
    }

    public ObjectMapper mapper() {
        return mapper;
    }

    /** Parses and validates a body against {@code #/components/schemas/<schema>}. */
    public <T> T read(byte[] body, String schema, Class<T> type) {
        if (body == null || body.length == 0) {
            throw ApiProblem.of(400, "MALFORMED_JSON", "Malformed JSON", "a JSON body is required");
        }
        JsonNode node;
        try {
            node = mapper.readTree(body);
        } catch (java.io.IOException e) {
            throw ApiProblem.of(400, "MALFORMED_JSON", "Malformed JSON", "the body is not valid JSON");
        }
        if (node == null || node.isMissingNode()) {
            throw ApiProblem.of(400, "MALFORMED_JSON", "Malformed JSON", "a JSON body is required");
        }
        exact.checkComponent(schema, node);
        Set<ValidationMessage> errors = schemas.validate(schema, node);
        if (!errors.isEmpty()) {
            ValidationMessage first = errors.stream()
                    .min(Comparator.comparing((ValidationMessage m) -> m.getInstanceLocation().toString())).orElseThrow();
            String field = dotted(first.getInstanceLocation().toString(), first.getProperty(), first.getType());
            throw ApiProblem.invalid(field.isEmpty() ? null : field, first.getMessage().replaceFirst("^[^:]*: ", ""));
        }
        try {
            return mapper.treeToValue(node, type);
        } catch (MismatchedInputException e) {
            throw ApiProblem.invalid(path(e), "has the wrong type");
        } catch (JsonProcessingException e) {
            throw ApiProblem.of(400, "MALFORMED_JSON", "Malformed JSON", "the body cannot be read");
        }
    }

    /**
     * Runs {@code body} (one mutation, on this thread) with writes remembered: an object written again
     * within it, by {@link #text} or {@link #write}, is not serialised again. A mutation writes the same
     * new document up to four times (its row, the feed entry, the stored answer, the response); the wire
     * types are records, treated as values once built.
     */
    public <T, E extends Exception> T rememberingWrites(Work<T, E> body) throws E {
        if (written.get() != null) {
            return body.run();
        }
        written.set(new IdentityHashMap<>());
        try {
            return body.run();
        } finally {
            written.remove();
        }
    }

    public byte[] write(Object value) {
        if (written.get() != null) {
            return text(value).getBytes(StandardCharsets.UTF_8);
        }
        try {
            return mapper.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName(), e);
        }
    }

    public <T> T parse(String json, Class<T> type) {
        try {
            return mapper.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON of " + type.getSimpleName() + " is unreadable", e);
        }
    }

    public String text(Object value) {
        Map<Object, String> memo = written.get();
        if (memo != null && value instanceof Record) {
            String known = memo.get(value);
            if (known == null) {
                known = serialise(value);
                memo.put(value, known);
            }
            return known;
        }
        return serialise(value);
    }

    private String serialise(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName(), e);
        }
    }

    /** {@code /slip/riskDetails/limit/amount} to {@code slip.riskDetails.limit.amount}; a missing required property is appended. */
    static String dotted(String pointer, String property, String type) {
        StringBuilder sb = new StringBuilder();
        for (String seg : pointer.split("/")) {
            if (seg.isEmpty()) {
                continue;
            }
            String s = seg.replace("~1", "/").replace("~0", "~");
            if (s.chars().allMatch(Character::isDigit)) {
                sb.append('[').append(s).append(']');
            } else {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(s);
            }
        }
        if (property != null && ("required".equals(type) || "additionalProperties".equals(type))) {
            if (sb.length() > 0) {
                sb.append('.');
            }
            sb.append(property);
        }
        return sb.toString();
    }

    private static String path(MismatchedInputException e) {
        StringBuilder sb = new StringBuilder();
        for (var ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(ref.getFieldName());
            } else {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.toString();
    }
}
