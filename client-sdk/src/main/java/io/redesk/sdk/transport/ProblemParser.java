package io.redesk.sdk.transport;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.redesk.sdk.error.Problem;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads an RFC 9457 problem document. Tolerant by design: an error body that is not JSON (a proxy's
 * HTML page, an empty body) yields null and the caller falls back to the status alone.
 */
final class ProblemParser {

    private static final Set<String> STANDARD =
            Set.of("type", "title", "status", "detail", "instance", "code", "field", "errors");

    private final ObjectMapper mapper;

    ProblemParser(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    Problem parse(byte[] body) {
        if (body == null || body.length == 0) {
            return null;
        }
        JsonNode root;
        try {
            root = mapper.readTree(body);
        } catch (IOException notJson) {
            return null;
        }
        if (root == null || !root.isObject()) {
            return null;
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        JsonNode errorsNode = root.get("errors");
        if (errorsNode != null && errorsNode.isArray()) {
            for (JsonNode e : errorsNode) {
                String field = firstText(e, "field", "name", "pointer", "path");
                errors.add(new Problem.FieldError(field, text(e, "code"), firstText(e, "detail", "message")));
            }
        }
        String field = text(root, "field");
        if (field == null && !errors.isEmpty()) {
            field = errors.get(0).field();
        }
        Map<String, Object> extensions = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> it = root.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> member = it.next();
            if (!STANDARD.contains(member.getKey())) {
                extensions.put(member.getKey(), mapper.convertValue(member.getValue(), new TypeReference<Object>() {
                }));
            }
        }
        extensions.values().removeIf(java.util.Objects::isNull);
        Integer status = root.hasNonNull("status") && root.get("status").canConvertToInt()
                ? root.get("status").asInt() : null;
        return new Problem(text(root, "type"), text(root, "title"), status, text(root, "detail"),
                text(root, "instance"), text(root, "code"), field, errors, extensions);
    }

    private static String firstText(JsonNode node, String... names) {
        for (String n : names) {
            String t = text(node, n);
            if (t != null) {
                return t;
            }
        }
        return null;
    }

    private static String text(JsonNode node, String name) {
        JsonNode v = node.get(name);
        return v == null || v.isNull() ? null : v.asText();
    }
}
