package io.redesk.exchange.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.ValidationMessage;
import io.redesk.exchange.http.ContractSchemas;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Checks that a response the exchange sent is one {@code openapi.yaml} allows: the operation exists
 * for the method and path, the status is documented for it, the content type is the documented one
 * and the body validates against the documented schema (formats asserted). Use it from any test:
 * {@link #assertValid(String, String, int, String, byte[])} directly, or {@link #interceptor()} on an
 * OkHttp client (the SDK's) so every response of a test is checked. A failure is an
 * {@link AssertionError} that says what was sent and why it is not in the contract.
 */
public final class OpenApiResponseValidator {
    private static volatile OpenApiResponseValidator shared;

    private final ContractSchemas schemas;
    private final List<Route> routes = new ArrayList<>();
    private final ObjectMapper mapper = new ObjectMapper();

    private record Route(String template, Pattern pattern, int literals) {
    }

    private OpenApiResponseValidator(ContractSchemas schemas) {
        this.schemas = schemas;
        Iterator<String> it = schemas.document().get("paths").fieldNames();
        while (it.hasNext()) {
            String t = it.next();
            String regex = "^" + Pattern.quote(t).replaceAll("\\{[^}/]+}", "\\\\E[^/]+\\\\Q") + "$";
            int literals = (int) java.util.Arrays.stream(t.split("/")).filter(s -> !s.isEmpty() && !s.startsWith("{")).count();
            routes.add(new Route(t, Pattern.compile(regex), literals));
        }
    }

    /** The validator of the contract on the class path (shared, thread-safe). */
    public static OpenApiResponseValidator get() {
        if (shared == null) {
            synchronized (OpenApiResponseValidator.class) {
                if (shared == null) {
                    shared = new OpenApiResponseValidator(ContractSchemas.load());
                }
            }
        }
        return shared;
    }

    /**
     * Asserts the response is allowed by the contract.
     *
     * @param path the request path, with or without query string (e.g. {@code /placements/3f2b...?limit=5})
     * @param contentType the response's Content-Type header (may be null when there is no body)
     */
    public void assertValid(String method, String path, int status, String contentType, byte[] body) {
        String p = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        Route route = routes.stream().filter(r -> r.pattern().matcher(p).matches())
                .max(java.util.Comparator.comparingInt(Route::literals))
                .orElseThrow(() -> new AssertionError("no path in openapi.yaml matches " + p));
        JsonNode op = schemas.document().get("paths").get(route.template()).get(method.toLowerCase(Locale.ROOT));
        if (op == null) {
            throw new AssertionError(method + " " + route.template() + " is not in openapi.yaml (response " + status + ")");
        }
        JsonNode responses = op.get("responses");
        String key = String.valueOf(status);
        String pointer = "/paths/" + escape(route.template()) + "/" + method.toLowerCase(Locale.ROOT) + "/responses/" + key;
        JsonNode resp = responses.get(key);
        if (resp == null) {
            throw new AssertionError(method + " " + route.template() + " answered " + status
                    + ", which openapi.yaml does not document (documented: " + fieldNames(responses) + "); body: " + text(body));
        }
        if (resp.has("$ref")) {
            pointer = resp.get("$ref").asText().substring(1);
            resp = at(pointer);
        }
        JsonNode content = resp.get("content");
        boolean empty = body == null || body.length == 0;
        if (content == null) {
            if (!empty) {
                throw new AssertionError(method + " " + route.template() + " " + status + " must have no body; got " + text(body));
            }
            return;
        }
        if (empty) {
            throw new AssertionError(method + " " + route.template() + " " + status + " must have a body");
        }
        String mediaType = contentType == null ? "" : contentType.split(";")[0].trim();
        if (!content.has(mediaType)) {
            throw new AssertionError(method + " " + route.template() + " " + status + " sent Content-Type '" + contentType
                    + "'; the contract says " + fieldNames(content));
        }
        if (!mediaType.endsWith("json")) {
            return;
        }
        JsonNode node;
        try {
            node = mapper.readTree(body);
        } catch (IOException e) {
            throw new AssertionError(method + " " + route.template() + " " + status + " sent invalid JSON: " + text(body), e);
        }
        JsonSchema schema = schemas.schemaAt(pointer + "/content/" + escape(mediaType) + "/schema");
        Set<ValidationMessage> errors = schema.validate(node);
        if (!errors.isEmpty()) {
            throw new AssertionError(method + " " + path + " " + status + " does not match openapi.yaml:\n  "
                    + errors.stream().map(ValidationMessage::getMessage).sorted().collect(Collectors.joining("\n  "))
                    + "\nbody: " + abbreviate(text(body)));
        }
    }

    /** An OkHttp interceptor that asserts every response against the contract (the body stays readable). */
    public Interceptor interceptor() {
        return chain -> {
            Response r = chain.proceed(chain.request());
            ResponseBody b = r.body();
            byte[] bytes = b == null ? new byte[0] : b.bytes();
            MediaType mt = b == null ? null : b.contentType();
            URI uri = r.request().url().uri();
            String path = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
            assertValid(r.request().method(), path, r.code(), r.header("Content-Type"), bytes);
            return r.newBuilder().body(ResponseBody.create(bytes, mt)).build();
        };
    }

    private JsonNode at(String pointer) {
        return schemas.document().at(pointer);
    }

    private static String escape(String s) {
        return s.replace("~", "~0").replace("/", "~1");
    }

    private static String fieldNames(JsonNode n) {
        List<String> out = new ArrayList<>();
        n.fieldNames().forEachRemaining(out::add);
        return out.toString();
    }

    private static String text(byte[] b) {
        return b == null ? "" : new String(b, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String abbreviate(String s) {
        return s.length() > 2000 ? s.substring(0, 2000) + "…" : s;
    }

    /** For diagnostics: the documented statuses of an operation. */
    public Map<String, JsonNode> documented(String method, String template) {
        Map<String, JsonNode> out = new java.util.LinkedHashMap<>();
        schemas.document().get("paths").get(template).get(method.toLowerCase(Locale.ROOT)).get("responses").fields()
                .forEachRemaining(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }
}
