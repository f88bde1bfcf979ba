package io.redesk.exchange.seed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.redesk.exchange.tls.TlsIdentity;
import io.redesk.sdk.model.WireJson;
import io.redesk.sdk.model.auth.LoginRequest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * A minimal JSON client over {@code java.net.http} for seeding a running exchange through its API
 * (the SDK is not a dependency of the server). It trusts exactly the server's own certificate.
 */
public final class SeedClient {
    private final URI base;
    private final HttpClient http;
    private final ObjectMapper mapper = WireJson.newMapper();
    private final Map<String, String> tokens = new HashMap<>();

    /** A successful reply: body (may be empty) and ETag (may be null). */
    public record Reply(JsonNode body, String etag) {
        public UUID id(String field) {
            return UUID.fromString(body.get(field).asText());
        }
    }

    public SeedClient(URI base, TlsIdentity tls) {
        this.base = base;
        HttpClient.Builder b = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10));
        if (tls != null) {
            try {
                KeyStore trust = KeyStore.getInstance("PKCS12");
                trust.load(null, null);
                trust.setCertificateEntry("exchange", tls.certificate());
                TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
                tmf.init(trust);
                SSLContext ctx = SSLContext.getInstance("TLS");
                ctx.init(null, tmf.getTrustManagers(), null);
                b.sslContext(ctx);
            } catch (GeneralSecurityException | IOException e) {
                throw new IllegalStateException("cannot trust the exchange certificate", e);
            }
        }
        this.http = b.build();
    }

    public String token(String username) {
        return tokens.computeIfAbsent(username, u -> send("POST", "/auth/login", null, new LoginRequest(u, DemoSeed.PASSWORD), null)
                .body().get("accessToken").asText());
    }

    public Reply get(String user, String path) {
        return send("GET", path, token(user), null, null);
    }

    public Reply post(String user, String path, Object body, String ifMatch) {
        return send("POST", path, token(user), body, ifMatch);
    }

    private Reply send(String method, String path, String token, Object body, String ifMatch) {
        try {
            HttpRequest.Builder r = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                    .header("Accept", "application/json");
            if (token != null) {
                r.header("Authorization", "Bearer " + token);
            }
            if (ifMatch != null) {
                r.header("If-Match", ifMatch);
            }
            if ("GET".equals(method)) {
                r.GET();
            } else {
                r.header("Content-Type", "application/json").header("Idempotency-Key", UUID.randomUUID().toString());
                r.method(method, HttpRequest.BodyPublishers.ofByteArray(body == null ? new byte[0] : mapper.writeValueAsBytes(body)));
            }
            HttpResponse<byte[]> resp = http.send(r.build(), HttpResponse.BodyHandlers.ofByteArray());
            if (resp.statusCode() / 100 != 2) {
                throw new IllegalStateException(method + " " + path + " answered " + resp.statusCode() + ": " + new String(resp.body(),
                        java.nio.charset.StandardCharsets.UTF_8));
            }
            JsonNode node = resp.body().length == 0 ? mapper.nullNode() : mapper.readTree(resp.body());
            return new Reply(node, resp.headers().firstValue("ETag").orElse(null));
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
