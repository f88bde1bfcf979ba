package io.redesk.domain.security;

import java.time.Instant;
import java.util.Objects;

/**
 * A user's explicit decision to deal with a reinsurer below the security policy, kept as a record:
 * who decided, when, and why. The reason must say something.
 */
public record SecurityOverride(String reinsurerId, String userId, String reason, Instant decidedAt) {

    public SecurityOverride {
        Objects.requireNonNull(reinsurerId, "reinsurerId");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(decidedAt, "decidedAt");
        if (userId.isBlank()) {
            throw new IllegalArgumentException("a security override must name the user who made it");
        }
        if (reason.isBlank()) {
            throw new IllegalArgumentException("a security override needs a reason");
        }
    }
}
