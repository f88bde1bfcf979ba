package io.redesk.sdk.error;

import java.util.Optional;

/**
 * 412 Precondition Failed (or 428 Precondition Required): the {@code If-Match} version was stale (or
 * missing). Carries the resource's current version so the caller can re-read, merge and retry.
 */
public class PreconditionFailedException extends ConflictException {

    private static final long serialVersionUID = 1L;

    private final String currentVersion;

    public PreconditionFailedException(int status, String code, String requestId, Problem problem, String message,
            String currentVersion) {
        super(status, code, requestId, problem, message);
        this.currentVersion = currentVersion;
    }

    /** The version (ETag value without quotes) the exchange holds now, when it said. */
    public Optional<String> currentVersion() {
        return Optional.ofNullable(currentVersion);
    }
}
