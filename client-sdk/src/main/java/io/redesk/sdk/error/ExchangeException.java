package io.redesk.sdk.error;

import java.util.Optional;

/**
 * Base of every failure the SDK reports: the HTTP status (0 when no response arrived), the exchange's
 * stable machine-readable {@code code}, the request id to quote to the exchange's support, and, when the
 * exchange answered with RFC 9457 {@code application/problem+json}, its detail and the offending field.
 *
 * <p>Callers usually catch one of the subclasses, one per category (authentication, forbidden, not
 * found, validation, conflict / precondition failed, rate limited, server, network). The message never
 * contains tokens or request payloads.
 */
public class ExchangeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;
    private final String requestId;
    private final String field;
    private final String detail;
    private final Problem problem;

    public ExchangeException(int status, String code, String requestId, Problem problem, String message,
            Throwable cause) {
        super(message, cause);
        this.status = status;
        this.code = code;
        this.requestId = requestId;
        this.problem = problem;
        this.field = problem == null ? null : problem.field();
        this.detail = problem == null ? null : problem.detail();
    }

    /** HTTP status of the final response; 0 when the exchange never answered (network failure). */
    public int status() {
        return status;
    }

    /** Stable error code, e.g. {@code validation_failed}, {@code version_mismatch}. Never null. */
    public String code() {
        return code;
    }

    /** The request id the exchange logged this request under (or the one the SDK sent), if known. */
    public Optional<String> requestId() {
        return Optional.ofNullable(requestId);
    }

    /** The request field the exchange rejected, for validation failures. */
    public Optional<String> field() {
        return Optional.ofNullable(field);
    }

    /** Human-readable detail from the problem document. */
    public Optional<String> detail() {
        return Optional.ofNullable(detail);
    }

    /** The parsed problem document, when the exchange sent one. */
    public Optional<Problem> problem() {
        return Optional.ofNullable(problem);
    }
}
