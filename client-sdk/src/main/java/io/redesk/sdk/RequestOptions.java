package io.redesk.sdk;

import java.util.Objects;
import java.util.Optional;

/**
 * Per-call options. Usually none are needed: the SDK makes up an idempotency key per logical request
 * and a request id. Pass your own idempotency key when the same logical action may be sent again after
 * the process restarts (for example from a durable outbox), and {@code ifMatch} for an update guarded
 * by the version you last read.
 */
public final class RequestOptions {

    private static final RequestOptions NONE = new RequestOptions(null, null, null);

    private final String idempotencyKey;
    private final String ifMatch;
    private final String requestId;

    private RequestOptions(String idempotencyKey, String ifMatch, String requestId) {
        this.idempotencyKey = idempotencyKey;
        this.ifMatch = ifMatch;
        this.requestId = requestId;
    }

    public static RequestOptions none() {
        return NONE;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Shortcut for {@code builder().ifMatch(version).build()}. */
    public static RequestOptions ifMatch(Object version) {
        return builder().ifMatch(String.valueOf(version)).build();
    }

    /** Shortcut for {@code builder().idempotencyKey(key).build()}. */
    public static RequestOptions idempotencyKey(String key) {
        return builder().idempotencyKey(key).build();
    }

    /** These options with {@code If-Match} set to {@code version} (other values kept). */
    public RequestOptions withIfMatch(long version) {
        return new RequestOptions(idempotencyKey, Builder.checkToken("ifMatch", String.valueOf(version)), requestId);
    }

    public Optional<String> idempotencyKey() {
        return Optional.ofNullable(idempotencyKey);
    }

    public Optional<String> ifMatchValue() {
        return Optional.ofNullable(ifMatch);
    }

    public Optional<String> requestId() {
        return Optional.ofNullable(requestId);
    }

    /** Builder with validation of each value. */
    public static final class Builder {
        private String idempotencyKey;
        private String ifMatch;
        private String requestId;

        private Builder() {
        }

        /** 1..100 visible ASCII characters; the same key must only ever carry the same request. */
        public Builder idempotencyKey(String key) {
            this.idempotencyKey = checkToken("idempotencyKey", key);
            return this;
        }

        /** The version or ETag last read; quoted automatically if bare. */
        public Builder ifMatch(String versionOrEtag) {
            this.ifMatch = checkToken("ifMatch", versionOrEtag);
            return this;
        }

        /** A caller-chosen request id to correlate logs end to end. */
        public Builder requestId(String id) {
            this.requestId = checkToken("requestId", id);
            return this;
        }

        public RequestOptions build() {
            return new RequestOptions(idempotencyKey, ifMatch, requestId);
        }

        static String checkToken(String name, String value) {
            Objects.requireNonNull(value, name);
            if (value.isEmpty() || value.length() > 100) {
                throw new IllegalArgumentException(name + " must have 1..100 characters, had " + value.length());
            }
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c < 0x21 || c > 0x7e) {
                    throw new IllegalArgumentException(
                            name + " must be visible ASCII without spaces; bad character at index " + i);
                }
            }
            return value;
        }
    }
}
