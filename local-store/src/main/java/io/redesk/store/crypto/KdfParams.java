package io.redesk.store.crypto;

/**
 * Argon2id cost parameters, stored with the vault so they can be raised later without breaking old
 * vaults. Defaults: 64 MiB, 3 passes, 4 lanes (RFC 9106 §4, second recommended option). Bouncy
 * Castle computes the lanes one after another, so 4 lanes cost the same time here as 1; we keep 4
 * because the lanes do not lower the attacker's memory cost and a multi-threaded implementation could
 * later unlock faster with the same stored parameters (see docs/decisions/0301).
 */
public record KdfParams(int memoryKiB, int iterations, int parallelism) {

    public static final KdfParams DEFAULT = new KdfParams(64 * 1024, 3, 4);

    /** Floor below which a vault is refused (only tests and the crash harness go this low). */
    public static final int MIN_MEMORY_KIB = 8;

    public KdfParams {
        if (parallelism < 1 || parallelism > 64) {
            throw new IllegalArgumentException("Argon2 parallelism must be 1..64, got " + parallelism);
        }
        if (memoryKiB < Math.max(MIN_MEMORY_KIB, 8 * parallelism)) {
            throw new IllegalArgumentException("Argon2 memory must be at least 8 KiB per lane, got " + memoryKiB);
        }
        if (memoryKiB > 4 * 1024 * 1024) {
            throw new IllegalArgumentException("Argon2 memory above 4 GiB is refused, got " + memoryKiB + " KiB");
        }
        if (iterations < 1 || iterations > 100) {
            throw new IllegalArgumentException("Argon2 iterations must be 1..100, got " + iterations);
        }
    }
}
