package io.redesk.exchange.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.redesk.exchange.seed.DemoSeed;
import io.redesk.sdk.model.WireJson;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A thin HTTP client for exchange-server's own tests (java.net.http, not the SDK), which asserts every
 * response against openapi.yaml before handing it over.
 */
public final class ApiClient {
    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();
    private final URI base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final ObjectMapper mapper = WireJson.newMapper();

    /** A response: status, headers, raw body and the body as JSON (null when empty). */
    public record Reply(int status, HttpResponse<byte[]> raw, JsonNode json) {
        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        public String etag() {
            return header("ETag");
        }

        public String code() {
            return json == null || json.get("code") == null ? null : json.get("code").asText();
        }

        public String field() {
            return json == null || json.get("field") == null ? null : json.get("field").asText();
        }

        public UUID id() {
            return UUID.fromString(json.get("id").asText());
        }

        public String text() {
            return new String(raw.body(), StandardCharsets.UTF_8);
        }
    }

    public ApiClient(URI base) {
        this.base = base;
    }

    public ObjectMapper mapper() {
        return mapper;
    }

    /** A cached access token of a demo user. */
    public String token(String username) {
        return TOKENS.computeIfAbsent(base + username, k -> {
            Reply r = login(username, DemoSeed.PASSWORD);
            if (r.status() != 200) {
                throw new IllegalStateException("login of " + username + " failed: " + r.text());
            }
            return r.json().get("accessToken").asText();
        });
    }

    public Reply login(String username, String password) {
        return send("POST", "/auth/login", null, Map.of(), Map.of("username", username, "password", password));
    }

    public Reply get(String user, String path) {
        return send("GET", path, user == null ? null : token(user), Map.of(), null);
    }

    public Reply post(String user, String path, Object body) {
        return post(user, path, body, null);
    }

    public Reply post(String user, String path, Object body, String ifMatch) {
        return send("POST", path, token(user), headers(UUID.randomUUID().toString(), ifMatch), body);
    }

    public Reply put(String user, String path, Object body, String ifMatch) {
        return send("PUT", path, token(user), headers(UUID.randomUUID().toString(), ifMatch), body);
    }

    public static Map<String, String> headers(String idempotencyKey, String ifMatch) {
        Map<String, String> h = new LinkedHashMap<>();
        if (idempotencyKey != null) {
            h.put("Idempotency-Key", idempotencyKey);
        }
        if (ifMatch != null) {
            h.put("If-Match", ifMatch);
        }
        return h;
    }

    /** Sends a request with explicit headers; the body is a record/map serialised as JSON, a byte[] sent raw, or null. */
    public Reply send(String method, String path, String token, Map<String, String> headers, Object body) {
        try {
            HttpRequest.Builder r = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30));
            if (token != null) {
                r.header("Authorization", "Bearer " + token);
            }
            headers.forEach(r::header);
            byte[] bytes = body == null ? new byte[0] : body instanceof byte[] b ? b : mapper.writeValueAsBytes(body);
            if ("GET".equals(method)) {
                r.GET();
            } else {
                r.header("Content-Type", "application/json");
                r.method(method, HttpRequest.BodyPublishers.ofByteArray(bytes));
            }
            HttpResponse<byte[]> resp = http.send(r.build(), HttpResponse.BodyHandlers.ofByteArray());
            String ct = resp.headers().firstValue("Content-Type").orElse(null);
            OpenApiResponseValidator.get().assertValid(method, path, resp.statusCode(), ct, resp.body());
            JsonNode json = resp.body().length == 0 || ct == null || !ct.contains("json") ? null : mapper.readTree(resp.body());
            return new Reply(resp.statusCode(), resp, json);
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
