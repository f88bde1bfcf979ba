package io.redesk.exchange.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.redesk.exchange.http.ContractSchemas;
import io.redesk.exchange.testing.ApiClient;
import io.redesk.exchange.testing.TestExchange;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Property checks over every operation of the served contract (read from {@code /openapi.yaml}, so a new
 * endpoint or field is covered without editing this test): every string field of a request body that
 * the contract constrains (a pattern or a format: codes, UMRs, currencies, amounts, shares, rates,
 * dates, ids) sent with a trailing newline, a leading or a trailing space is refused with a 400
 * problem naming that field, and nothing is stored.
 */
class ContractFuzzTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final Set<String> OPEN = Set.of("/auth/login", "/auth/refresh");

    private final ApiClient api = TestExchange.client();
    private final URI base = TestExchange.shared().baseUri();

    /** One constrained string field of a request body: its path from the body's root and a valid value. */
    record Field(List<String> path, String value, String pattern) {
        String dotted() {
            StringBuilder sb = new StringBuilder();
            for (String s : path) {
                if (s.equals("[]")) {
                    sb.append("[0]");
                } else {
                    sb.append(sb.length() == 0 ? "" : ".").append(s);
                }
            }
            return sb.toString();
        }
    }

    /** An operation of the contract with a JSON request body. */
    record Operation(String method, String path, JsonNode schema) {
    }

    static JsonNode contract() throws IOException {
        return new com.fasterxml.jackson.dataformat.yaml.YAMLMapper().readTree(
                ContractFuzzTest.class.getClassLoader().getResourceAsStream(ContractSchemas.RESOURCE));
    }

    static List<Operation> operationsWithBodies(JsonNode doc) {
        List<Operation> ops = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> p = doc.path("paths").fields(); p.hasNext(); ) {
            Map.Entry<String, JsonNode> path = p.next();
            for (Iterator<Map.Entry<String, JsonNode>> m = path.getValue().fields(); m.hasNext(); ) {
                Map.Entry<String, JsonNode> op = m.next();
                JsonNode schema = op.getValue().path("requestBody").path("content").path("application/json").path("schema");
                if (!schema.isMissingNode()) {
                    ops.add(new Operation(op.getKey().toUpperCase(Locale.ROOT), path.getKey(), schema));
                }
            }
        }
        return ops;
    }

    static JsonNode resolve(JsonNode doc, JsonNode schema) {
        while (schema.has("$ref")) {
            schema = doc.at(schema.get("$ref").asText().substring(1));
        }
        return schema;
    }

    /** Every constrained string field reachable in {@code schema}, with a value taken from the contract. */
    static void fields(JsonNode doc, JsonNode schema, List<String> at, List<Field> out, int depth) {
        if (depth > 12) {
            return;
        }
        JsonNode s = resolve(doc, schema);
        String format = s.path("format").asText("");
        if (s.has("pattern") || (!format.isEmpty() && !format.equals("password"))) {
            out.add(new Field(List.copyOf(at), valueFor(doc, schema, s, at), s.path("pattern").asText(null)));
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = s.path("properties").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            List<String> next = new ArrayList<>(at);
            next.add(e.getKey());
            fields(doc, e.getValue(), next, out, depth + 1);
        }
        if (s.has("items")) {
            List<String> next = new ArrayList<>(at);
            next.add("[]");
            fields(doc, s.get("items"), next, out, depth + 1);
        }
    }

    private static String valueFor(JsonNode doc, JsonNode raw, JsonNode s, List<String> at) {
        for (JsonNode n : List.of(raw, s)) {
            if (n.path("examples").isArray() && n.path("examples").size() > 0) {
                return n.path("examples").get(0).asText();
            }
            if (n.has("example")) {
                return n.get("example").asText();
            }
        }
        return switch (s.path("format").asText("")) {
            case "uuid" -> UUID.randomUUID().toString();
            case "date" -> "2027-01-01";
            case "date-time" -> "2027-01-01T00:00:00.000Z";
            case "uri" -> "https://downloads.example.com/redesk/";
            default -> throw new AssertionError("the contract gives no example for the constrained field " + at
                    + " (pattern " + s.path("pattern").asText() + "): add `examples` to its schema");
        };
    }

    /** A body holding only {@code value} at {@code path} (arrays of one element). */
    static JsonNode bodyWith(List<String> path, String value) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        JsonNode node = f.textNode(value);
        for (int i = path.size() - 1; i >= 0; i--) {
            if (path.get(i).equals("[]")) {
                ArrayNode a = f.arrayNode();
                a.add(node);
                node = a;
            } else {
                ObjectNode o = f.objectNode();
                o.set(path.get(i), node);
                node = o;
            }
        }
        return node;
    }

    static String concrete(String path) {
        return path.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
    }

    HttpResponse<byte[]> send(String method, String path, String contentType, byte[] body) throws Exception {
        HttpRequest.Builder r = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .header("If-Match", "\"1\"");
        if (!OPEN.contains(path)) {
            r.header("Authorization", "Bearer " + api.token("broker.alice"));
        }
        if (contentType != null) {
            r.header("Content-Type", contentType);
        }
        r.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        return HTTP.send(r.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** The position after every change broker.alice can see now. */
    String feedEnd() {
        String since = "";
        while (true) {
            JsonNode page = api.get("broker.alice", "/changes?limit=500" + (since.isEmpty() ? "" : "&since=" + since)).json();
            since = page.get("nextCursor").asText();
            if (!page.get("hasMore").asBoolean()) {
                return since;
            }
        }
    }

    /** Every operation of the contract: method, path and whether it needs a bearer token. */
    record AnyOperation(String method, String path, boolean secured) {
    }

    static List<AnyOperation> operations(JsonNode doc) {
        List<AnyOperation> ops = new ArrayList<>();
        boolean securedByDefault = doc.path("security").size() > 0;
        for (Iterator<Map.Entry<String, JsonNode>> p = doc.path("paths").fields(); p.hasNext(); ) {
            Map.Entry<String, JsonNode> path = p.next();
            for (Iterator<Map.Entry<String, JsonNode>> m = path.getValue().fields(); m.hasNext(); ) {
                Map.Entry<String, JsonNode> op = m.next();
                if (!Set.of("get", "post", "put", "delete", "patch").contains(op.getKey())) {
                    continue;
                }
                JsonNode security = op.getValue().get("security");
                boolean secured = security == null ? securedByDefault : security.size() > 0;
                ops.add(new AnyOperation(op.getKey().toUpperCase(Locale.ROOT), path.getKey(), secured));
            }
        }
        return ops;
    }

    HttpResponse<byte[]> sendAs(String method, String path, String token, String contentType, byte[] body) throws Exception {
        HttpRequest.Builder r = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Idempotency-Key", UUID.randomUUID().toString());
        if (token != null) {
            r.header("Authorization", "Bearer " + token);
        }
        if (contentType != null) {
            r.header("Content-Type", contentType);
        }
        r.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        return HTTP.send(r.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static JsonNode problem(HttpResponse<byte[]> r, int status) throws IOException {
        assertThat(r.statusCode()).as(new String(r.body(), StandardCharsets.UTF_8)).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        JsonNode p = MAPPER.readTree(r.body());
        assertThat(p.path("status").asInt()).isEqualTo(status);
        assertThat(p.path("code").asText()).matches("[A-Z][A-Z0-9_]*");
        return p;
    }

    @TestFactory
    Stream<DynamicTest> aBodyThatIsNotJsonIsRefusedWith415AndStoresNothing() throws IOException {
        JsonNode doc = contract();
        List<DynamicTest> tests = new ArrayList<>();
        for (Operation op : operationsWithBodies(doc)) {
            for (String type : new String[] {"text/plain", "application/x-www-form-urlencoded", null}) {
                tests.add(DynamicTest.dynamicTest(op.method() + " " + op.path() + " as " + type, () -> {
                    String before = feedEnd();
                    String token = OPEN.contains(op.path()) ? null : api.token("broker.alice");
                    HttpResponse<byte[]> r = sendAs(op.method(), concrete(op.path()), token, type, "{}".getBytes(StandardCharsets.UTF_8));
                    assertThat(problem(r, 415).path("code").asText()).isEqualTo("UNSUPPORTED_MEDIA_TYPE");
                    assertThat(feedEnd()).as("nothing stored").isEqualTo(before);
                }));
            }
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> aMethodThePathDoesNotHaveIs405WithAllow() throws IOException {
        JsonNode doc = contract();
        Map<String, java.util.TreeSet<String>> byPath = new LinkedHashMap<>();
        for (AnyOperation op : operations(doc)) {
            byPath.computeIfAbsent(op.path(), k -> new java.util.TreeSet<>()).add(op.method());
        }
        List<DynamicTest> tests = new ArrayList<>();
        byPath.forEach((path, methods) -> {
            for (String method : List.of("GET", "POST", "PUT", "DELETE", "PATCH")) {
                if (methods.contains(method)) {
                    continue;
                }
                tests.add(DynamicTest.dynamicTest(method + " " + path, () -> {
                    HttpResponse<byte[]> r = sendAs(method, concrete(path), api.token("broker.alice"), "application/json",
                            method.equals("GET") || method.equals("DELETE") ? null : "{}".getBytes(StandardCharsets.UTF_8));
                    assertThat(problem(r, 405).path("code").asText()).isEqualTo("METHOD_NOT_ALLOWED");
                    assertThat(r.headers().firstValue("Allow")).contains(String.join(", ", methods));
                }));
            }
        });
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> everySecuredOperationWithoutATokenIs401WithWwwAuthenticate() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (AnyOperation op : operations(contract())) {
            if (!op.secured()) {
                continue;
            }
            for (String token : new String[] {null, "rda_not-a-token"}) {
                tests.add(DynamicTest.dynamicTest(op.method() + " " + op.path() + (token == null ? " without a token" : " with a wrong token"), () -> {
                    HttpResponse<byte[]> r = sendAs(op.method(), concrete(op.path()), token, "application/json",
                            op.method().equals("GET") ? null : "{}".getBytes(StandardCharsets.UTF_8));
                    problem(r, 401);
                    assertThat(r.headers().firstValue("WWW-Authenticate").orElse("")).startsWith("Bearer");
                }));
            }
        }
        return tests.stream();
    }

    /** Requests Jetty itself refuses before any route runs still answer problem+json. */
    @TestFactory
    Stream<DynamicTest> jettysOwnErrorsAreProblemJson() {
        String host = base.getHost() + ":" + base.getPort();
        Map<String, Object[]> cases = new LinkedHashMap<>();
        cases.put("a target too long", new Object[] {"GET /placements?q=" + "x".repeat(20_000) + " HTTP/1.1\r\nHost: " + host + "\r\n\r\n", 414});
        cases.put("headers too large", new Object[] {"GET /health HTTP/1.1\r\nHost: " + host + "\r\nX-Big: " + "y".repeat(20_000) + "\r\n\r\n", 431});
        cases.put("an unknown HTTP version", new Object[] {"GET /health HTTP/9.9\r\nHost: " + host + "\r\n\r\n", 505});
        cases.put("a malformed request line", new Object[] {"GET /he alth HTTP/1.1\r\nHost: " + host + "\r\n\r\n", 400});
        cases.put("a header without a colon", new Object[] {"GET /health HTTP/1.1\r\nHost: " + host + "\r\nbroken header\r\n\r\n", 400});
        cases.put("a body cut short", new Object[] {"POST /auth/login HTTP/1.1\r\nHost: " + host
                + "\r\nContent-Type: application/json\r\nContent-Length: 100\r\nConnection: close\r\n\r\n{\"user", 400});
        List<DynamicTest> tests = new ArrayList<>();
        cases.forEach((name, c) -> tests.add(DynamicTest.dynamicTest(name, () -> {
            String raw = rawExchange((String) c[0], name.equals("a body cut short"));
            int status = (int) c[1];
            assertThat(raw).as(raw).startsWith("HTTP/1.1 " + status);
            assertThat(raw.toLowerCase(Locale.ROOT)).contains("content-type: application/problem+json");
            String body = raw.substring(raw.indexOf("\r\n\r\n") + 4);
            if (raw.toLowerCase(Locale.ROOT).contains("transfer-encoding: chunked")) {
                body = body.substring(body.indexOf("\r\n") + 2);
            }
            JsonNode p = MAPPER.readTree(body.substring(0, body.lastIndexOf('}') + 1));
            assertThat(p.path("status").asInt()).isIn(status, 408);
            assertThat(p.path("code").asText()).matches("[A-Z][A-Z0-9_]*");
        })));
        return tests.stream();
    }

    /** Writes {@code request} on a raw connection and reads the answer until the server closes or goes quiet. */
    private String rawExchange(String request, boolean halfClose) throws IOException {
        try (java.net.Socket socket = new java.net.Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(15_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            if (halfClose) {
                socket.shutdownOutput();
            }
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            byte[] buf = new byte[8192];
            try {
                for (int n; (n = socket.getInputStream().read(buf)) > 0; ) {
                    out.write(buf, 0, n);
                    String text = out.toString(StandardCharsets.ISO_8859_1);
                    if (text.contains("\r\n\r\n") && text.trim().endsWith("}") || text.trim().endsWith("0")) {
                        break;
                    }
                }
            } catch (java.net.SocketTimeoutException | java.net.SocketException quiet) {
                // what arrived is the answer
            }
            return out.toString(StandardCharsets.ISO_8859_1);
        }
    }

    @TestFactory
    Stream<DynamicTest> surroundingWhiteSpaceInAnyConstrainedFieldIsRefusedByNameAndStoresNothing() throws IOException {
        JsonNode doc = contract();
        List<DynamicTest> tests = new ArrayList<>();
        Map<String, Integer> covered = new LinkedHashMap<>();
        for (Operation op : operationsWithBodies(doc)) {
            List<Field> fields = new ArrayList<>();
            fields(doc, op.schema(), List.of(), fields, 0);
            covered.put(op.method() + " " + op.path(), fields.size());
            for (Field field : fields) {
                if (field.pattern() != null) {
                    assertThat(Pattern.compile(field.pattern()).matcher(field.value()).find())
                            .as("the contract's own example %s of %s matches its pattern", field.value(), field.dotted())
                            .isTrue();
                }
                for (String bad : List.of(field.value() + "\n", " " + field.value(), field.value() + " ")) {
                    String name = op.method() + " " + op.path() + " " + field.dotted() + " = " + MAPPER.valueToTree(bad);
                    tests.add(DynamicTest.dynamicTest(name, () -> {
                        String before = feedEnd();
                        byte[] body = MAPPER.writeValueAsBytes(bodyWith(field.path(), bad));
                        HttpResponse<byte[]> r = send(op.method(), concrete(op.path()), "application/json", body);
                        assertThat(r.statusCode()).as(new String(r.body(), StandardCharsets.UTF_8)).isEqualTo(400);
                        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
                        JsonNode problem = MAPPER.readTree(r.body());
                        assertThat(problem.path("code").asText()).isEqualTo("VALIDATION_FAILED");
                        assertThat(problem.path("field").asText()).isEqualTo(field.dotted());
                        assertThat(problem.path("detail").asText()).containsAnyOf("space", "line break");
                        assertThat(feedEnd()).as("nothing stored").isEqualTo(before);
                    }));
                }
            }
        }
        // the walk found the fields the issue names (a guard against a walk that finds nothing)
        assertThat(covered).containsKeys("POST /placements", "PUT /placements/{placementId}/slip",
                "POST /quotes/{quoteId}/quote", "POST /placements/{placementId}/lines");
        assertThat(covered.get("POST /placements")).isGreaterThan(10);
        return tests.stream();
    }
}
