package io.redesk.exchange.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.redesk.domain.validation.ExactText;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;

/**
 * Holds every code, reference and number of a request body to {@code domain}'s {@link ExactText} rule
 * before the route runs: each string whose contract schema has a {@code pattern} or a {@code format}
 * (UMRs, currencies, amounts, shares, rates, countries, dates, ids) is refused with a 400 naming the
 * field when it has white space at either end or a line break, which the schema's pattern would let
 * through before a final newline. The fields are found from the served contract (the operation's
 * request body schema), so a new endpoint or field is covered without code here. Free text (names,
 * conditions, messages) has neither and is left as typed.
 */
public final class ExactBodies {
    private static final int MAX_DEPTH = 64;
    private final ContractSchemas schemas;

    public ExactBodies(ContractSchemas schemas) {
        this.schemas = schemas;
    }

    /** The request body schema of {@code method path} in the contract, or null when it has none. */
    JsonNode requestSchema(String method, String path) {
        JsonNode op = schemas.document().path("paths").path(path).path(method.toLowerCase(Locale.ROOT));
        JsonNode schema = op.path("requestBody").path("content").path("application/json").path("schema");
        return schema.isMissingNode() ? null : schema;
    }

    /** {@code write} with its body checked first against the operation's schema. */
    Api.Write wrap(String method, String path, Api.Write write) {
        JsonNode schema = requestSchema(method, path);
        if (schema == null) {
            return write;
        }
        return m -> {
            check(schema, m.body(), "");
            return write.handle(m);
        };
    }

    /** Refuses the first inexact field of {@code body} (bytes that are not JSON are left to the parser). */
    void check(JsonNode schema, byte[] body, String prefix) {
        if (body == null || body.length == 0) {
            return;
        }
        JsonNode node;
        try {
            node = schemas.mapperForChecks().readTree(body);
        } catch (java.io.IOException notJson) {
            return;
        }
        check(schema, node, prefix);
    }

    /** Refuses the first inexact field of a parsed body against {@code schema}. */
    void check(JsonNode schema, JsonNode node, String prefix) {
        if (node != null) {
            walk(schema, node, prefix, 0);
        }
    }

    /** Refuses the first inexact field of a parsed body against the named component schema. */
    void checkComponent(String componentSchema, JsonNode node) {
        check(schemas.document().path("components").path("schemas").path(componentSchema), node, "");
    }

    private void walk(JsonNode schema, JsonNode node, String field, int depth) {
        if (depth > MAX_DEPTH || schema == null || schema.isMissingNode()) {
            return;
        }
        schema = resolve(schema);
        if (node.isTextual()) {
            if (exactByContract(schema)) {
                ExactText.refusal(node.textValue()).ifPresent(why -> {
                    throw ApiProblem.invalid(field.isEmpty() ? null : field, why);
                });
            }
        } else if (node.isObject()) {
            JsonNode props = schema.path("properties");
            JsonNode additional = schema.path("additionalProperties");
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                JsonNode sub = props.has(e.getKey()) ? props.get(e.getKey()) : additional.isObject() ? additional : null;
                walk(sub, e.getValue(), field.isEmpty() ? e.getKey() : field + "." + e.getKey(), depth + 1);
            }
        } else if (node.isArray()) {
            JsonNode items = schema.path("items");
            for (int i = 0; i < node.size(); i++) {
                walk(items, node.get(i), field + "[" + i + "]", depth + 1);
            }
        }
    }

    /** A string schema the contract constrains (pattern or format, a password excepted). */
    static boolean exactByContract(JsonNode schema) {
        String format = schema.path("format").asText("");
        return schema.has("pattern") || (!format.isEmpty() && !"password".equals(format));
    }

    private JsonNode resolve(JsonNode schema) {
        for (int i = 0; i < 16 && schema.has("$ref"); i++) {
            String ref = schema.get("$ref").asText();
            if (!ref.startsWith("#")) {
                return schema;
            }
            schema = schemas.document().at(ref.substring(1));
        }
        return schema;
    }
}
