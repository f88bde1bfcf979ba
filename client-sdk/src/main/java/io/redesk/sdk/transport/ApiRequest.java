package io.redesk.sdk.transport;

import io.redesk.sdk.RequestOptions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One logical request to the exchange, before any attempt: method, path segments (each URL-encoded on
 * its own, so ids can never change the path), query parameters, an optional JSON body, per-call
 * options, and whether it carries the bearer token.
 */
public final class ApiRequest {

    private final HttpMethod method;
    private final List<String> segments;
    private final Map<String, String> query;
    private final Object body;
    private final RequestOptions options;
    private final boolean authenticated;

    private ApiRequest(Builder b) {
        this.method = b.method;
        this.segments = List.copyOf(b.segments);
        this.query = Collections.unmodifiableMap(new LinkedHashMap<>(b.query));
        this.body = b.body;
        this.options = b.options;
        this.authenticated = b.authenticated;
    }

    public static Builder of(HttpMethod method, String... segments) {
        return new Builder(method).path(segments);
    }

    public static Builder get(String... segments) {
        return of(HttpMethod.GET, segments);
    }

    public static Builder post(String... segments) {
        return of(HttpMethod.POST, segments);
    }

    public static Builder put(String... segments) {
        return of(HttpMethod.PUT, segments);
    }

    public static Builder patch(String... segments) {
        return of(HttpMethod.PATCH, segments);
    }

    public static Builder delete(String... segments) {
        return of(HttpMethod.DELETE, segments);
    }

    public HttpMethod method() {
        return method;
    }

    public List<String> segments() {
        return segments;
    }

    public Map<String, String> query() {
        return query;
    }

    public Object body() {
        return body;
    }

    public RequestOptions options() {
        return options;
    }

    public boolean authenticated() {
        return authenticated;
    }

    /** "/a/b/c" for logs (ids included, query and body never). */
    public String describe() {
        return method + " /" + String.join("/", segments);
    }

    /** Builder; {@link #build()} checks the path. */
    public static final class Builder {
        private final HttpMethod method;
        private final List<String> segments = new ArrayList<>();
        private final Map<String, String> query = new LinkedHashMap<>();
        private Object body;
        private RequestOptions options = RequestOptions.none();
        private boolean authenticated = true;

        private Builder(HttpMethod method) {
            this.method = Objects.requireNonNull(method, "method");
        }

        public Builder path(String... more) {
            for (String s : more) {
                Objects.requireNonNull(s, "path segment");
                if (s.isEmpty()) {
                    throw new IllegalArgumentException("empty path segment");
                }
                segments.add(s);
            }
            return this;
        }

        /** Adds a query parameter; a null value is skipped (an optional filter left out). */
        public Builder query(String name, Object value) {
            if (value != null) {
                query.put(name, String.valueOf(value));
            }
            return this;
        }

        public Builder body(Object jsonBody) {
            this.body = jsonBody;
            return this;
        }

        public Builder options(RequestOptions requestOptions) {
            this.options = requestOptions == null ? RequestOptions.none() : requestOptions;
            return this;
        }

        /** Login and refresh do not send the bearer token. */
        public Builder anonymous() {
            this.authenticated = false;
            return this;
        }

        public ApiRequest build() {
            if (segments.isEmpty()) {
                throw new IllegalArgumentException("request path is empty");
            }
            return new ApiRequest(this);
        }
    }
}
