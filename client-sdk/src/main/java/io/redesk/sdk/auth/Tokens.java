package io.redesk.sdk.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The credentials a login or refresh returns: a short-lived bearer access token and the refresh token
 * that renews it. {@link #toString()} never prints the token values.
 *
 * @param accessToken           bearer token sent as {@code Authorization: Bearer ...}
 * @param accessTokenExpiresAt  when the exchange stops accepting it
 * @param refreshToken          token for {@code /auth/refresh}; null if the exchange did not issue one
 * @param refreshTokenExpiresAt when the refresh token expires; null if unknown
 */
public record Tokens(String accessToken, Instant accessTokenExpiresAt, String refreshToken,
        Instant refreshTokenExpiresAt) {

    public Tokens {
        Objects.requireNonNull(accessToken, "accessToken");
        Objects.requireNonNull(accessTokenExpiresAt, "accessTokenExpiresAt");
        if (accessToken.isBlank()) {
            throw new IllegalArgumentException("accessToken must not be blank");
        }
    }

    /** True when the access token is expired, or will be within {@code skew}, by {@code clock}. */
    public boolean accessTokenExpired(Clock clock, Duration skew) {
        return !clock.instant().plus(skew).isBefore(accessTokenExpiresAt);
    }

    /** Whether a refresh can be attempted at all. */
    public boolean refreshable(Clock clock) {
        return refreshToken != null && !refreshToken.isBlank()
                && (refreshTokenExpiresAt == null || clock.instant().isBefore(refreshTokenExpiresAt));
    }

    @Override
    public String toString() {
        return "Tokens[accessTokenExpiresAt=" + accessTokenExpiresAt + ", refreshToken="
                + (refreshToken == null ? "none" : "***") + ", refreshTokenExpiresAt=" + refreshTokenExpiresAt + "]";
    }
}
