package io.redesk.exchange.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.ValidationMessage;
import io.redesk.exchange.http.ContractSchemas;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * An OkHttp interceptor that checks every exchange response the SDK receives against
 * {@code openapi.yaml}: the path and method are an operation of the contract, the status is one it
 * declares, the media type is declared, and the body validates against the declared JSON schema
 * (through the server's own {@link ContractSchemas}, a JSON-schema 2020-12 validator). A violation
 * fails the test at the call that caused it.
 */
final class ContractCheck implements Interceptor {

    private static final ContractSchemas CONTRACT = ContractSchemas.load();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<String> checked = new CopyOnWriteArrayList<>();

    @Override
    public Response intercept(Chain chain) throws IOException {
        Response response = chain.proceed(chain.request());
        String method = chain.request().method().toLowerCase(Locale.ROOT);
        String path = chain.request().url().encodedPath();
        String body = response.peekBody(Long.MAX_VALUE).string();
        String contentType = response.header("Content-Type");
        List<String> problems = problems(method, path, response.code(), contentType, body);
        if (!problems.isEmpty()) {
            throw new AssertionError("response breaks openapi.yaml: " + method.toUpperCase(Locale.ROOT) + " " + path
                    + " -> " + response.code() + ": " + problems + "\nbody: "
                    + (body.length() > 2000 ? body.substring(0, 2000) + "..." : body));
        }
        checked.add(method.toUpperCase(Locale.ROOT) + " " + template(path) + " " + response.code());
        return response;
    }

    /** Every operation the contract declares, as "METHOD /template". */
    static Set<String> operations() {
        Set<String> ops = new java.util.TreeSet<>();
        CONTRACT.document().get("paths").fields().forEachRemaining(p -> p.getValue().fieldNames().forEachRemaining(m -> {
            if (Set.of("get", "put", "post", "delete", "patch").contains(m)) {
                ops.add(m.toUpperCase(Locale.ROOT) + " " + p.getKey());
            }
        }));
        return ops;
    }

    /** Every operation answered and checked so far, as "METHOD /template status". */
    List<String> checked() {
        return checked;
    }

    static List<String> problems(String method, String path, int status, String contentType, String body) {
        String template = template(path);
        if (template == null) {
            return List.of("no path of the contract matches " + path);
        }
        String opPointer = "/paths/" + escape(template) + "/" + method;
        JsonNode op = CONTRACT.document().at(opPointer);
        if (op.isMissingNode()) {
            return List.of("the contract has no " + method + " " + template);
        }
        String responsePointer = opPointer + "/responses/" + status;
        JsonNode resp = CONTRACT.document().at(responsePointer);
        if (resp.isMissingNode()) {
            return List.of("status " + status + " is not declared for " + method + " " + template);
        }
        if (resp.has("$ref")) {
            responsePointer = resp.get("$ref").asText().substring(1);
            resp = CONTRACT.document().at(responsePointer);
        }
        JsonNode content = resp.get("content");
        if (content == null) {
            return body.isEmpty() ? List.of() : List.of("a body was sent where the contract declares none");
        }
        String media = contentType == null ? "" : contentType.split(";")[0].trim().toLowerCase(Locale.ROOT);
        if (!content.has(media)) {
            return List.of("media type '" + media + "' is not declared (declared: " + names(content) + ")");
        }
        if (!media.contains("json")) {
            return List.of();
        }
        JsonNode node;
        try {
            node = JSON.readTree(body);
        } catch (IOException e) {
            return List.of("body is not JSON: " + e.getMessage());
        }
        Set<ValidationMessage> messages = CONTRACT.schemaAt(responsePointer + "/content/" + escape(media) + "/schema")
                .validate(node);
        return messages.stream().map(ValidationMessage::getMessage).sorted().toList();
    }

    /** The contract's path template matching a concrete path, e.g. /quotes/{quoteId}/accept. */
    static String template(String path) {
        Iterator<Map.Entry<String, JsonNode>> paths = CONTRACT.document().get("paths").fields();
        String best = null;
        while (paths.hasNext()) {
            String t = paths.next().getKey();
            String regex = "^" + Pattern.quote(t).replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q") + "$";
            if (path.matches(regex) && (best == null || literalLength(t) > literalLength(best))) {
                best = t;
            }
        }
        return best;
    }

    private static int literalLength(String template) {
        return template.replaceAll("\\{[^}]+}", "").length();
    }

    private static String escape(String s) {
        return s.replace("~", "~0").replace("/", "~1");
    }

    private static String names(JsonNode node) {
        StringBuilder b = new StringBuilder();
        node.fieldNames().forEachRemaining(n -> b.append(b.length() == 0 ? "" : ", ").append(n));
        return b.toString();
    }
}
