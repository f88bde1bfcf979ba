package io.redesk.store.vault;

import com.fasterxml.jackson.databind.JsonNode;
import io.redesk.store.doc.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Persisted wrong-passphrase backoff. The first {@value #FREE_ATTEMPTS} failures cost nothing extra;
 * after that each failure doubles the wait before the next attempt (1 s, 2 s, 4 s ... capped at
 * 15 minutes). It lives in its own file so a failed unlock never writes into the vault, and it survives
 * an app restart. It slows a person at the keyboard; an attacker holding the files is slowed by
 * Argon2id instead, which is why the KDF cost, not this file, is the real defence.
 */
final class UnlockAttempts {

    static final int FREE_ATTEMPTS = 3;
    static final Duration MAX_DELAY = Duration.ofMinutes(15);

    private static final Logger LOG = LoggerFactory.getLogger(UnlockAttempts.class);

    private final Path file;

    UnlockAttempts(Path file) {
        this.file = file;
    }

    record State(int failures, Instant lastFailure) {
        Duration delay() {
            if (failures < FREE_ATTEMPTS) {
                return Duration.ZERO;
            }
            int exp = Math.min(failures - FREE_ATTEMPTS, 20);
            Duration d = Duration.ofSeconds(1L << exp);
            return d.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : d;
        }

        Instant nextAllowed() {
            return lastFailure == null ? Instant.MIN : lastFailure.plus(delay());
        }
    }

    State read() {
        if (!Files.exists(file)) {
            return new State(0, null);
        }
        try {
            JsonNode n = Json.mapper().readTree(Files.readAllBytes(file));
            return new State(n.path("failures").asInt(), Instant.parse(n.path("lastFailure").asText()));
        } catch (IOException | RuntimeException e) {
            // A damaged counter must not lock the user out for good; treat it as the free limit reached.
            LOG.warn("Unlock-attempts file unreadable, assuming {} failures", FREE_ATTEMPTS);
            return new State(FREE_ATTEMPTS, Instant.EPOCH);
        }
    }

    State recordFailure(Instant now) {
        State next = new State(read().failures() + 1, now);
        try {
            AtomicFiles.write(file, Json.mapper().writeValueAsBytes(
                    Json.mapper().createObjectNode().put("failures", next.failures())
                            .put("lastFailure", now.toString())));
        } catch (IOException e) {
            LOG.warn("Could not persist the unlock-attempts counter: {}", e.getMessage());
        }
        return next;
    }

    void reset() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("Could not reset the unlock-attempts counter: {}", e.getMessage());
        }
    }
}
