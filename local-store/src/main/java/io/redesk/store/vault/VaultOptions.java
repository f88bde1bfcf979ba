package io.redesk.store.vault;

import io.redesk.store.crypto.KdfParams;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * How a vault is opened: the clock (idle lock and timestamps; tests pass one they control), the idle
 * timeout after which the keys are wiped, and the Argon2id cost for vaults created or re-keyed with
 * these options (existing vaults keep the cost stored with them).
 */
public record VaultOptions(Clock clock, Duration idleTimeout, KdfParams kdfForNewKeys) {

    public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofMinutes(10);

    public VaultOptions {
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(idleTimeout, "idleTimeout");
        Objects.requireNonNull(kdfForNewKeys, "kdfForNewKeys");
        if (idleTimeout.isNegative() || idleTimeout.isZero()) {
            throw new IllegalArgumentException("idle timeout must be positive, got " + idleTimeout);
        }
    }

    public static VaultOptions defaults() {
        return new VaultOptions(Clock.systemUTC(), DEFAULT_IDLE_TIMEOUT, KdfParams.DEFAULT);
    }

    public VaultOptions withClock(Clock c) {
        return new VaultOptions(c, idleTimeout, kdfForNewKeys);
    }

    public VaultOptions withIdleTimeout(Duration d) {
        return new VaultOptions(clock, d, kdfForNewKeys);
    }

    public VaultOptions withKdf(KdfParams p) {
        return new VaultOptions(clock, idleTimeout, p);
    }
}
