package io.redesk.exchange.http;

/**
 * A failure the server answers with an RFC 9457 problem: an HTTP status, a stable {@code code}, a
 * human-readable detail and, for invalid input, the failing field. Thrown anywhere below a route and
 * rendered in one place, so every error has the same shape.
 */
public final class ApiProblem extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;
    private final String title;
    private final String field;
    private final Long currentVersion;
    private final Integer retryAfterSeconds;

    private ApiProblem(int status, String code, String title, String detail, String field,
                       Long currentVersion, Integer retryAfterSeconds) {
        super(detail, null, false, false);
        this.status = status;
        this.code = code;
        this.title = title;
        this.field = field;
        this.currentVersion = currentVersion;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public static ApiProblem of(int status, String code, String title, String detail) {
        return new ApiProblem(status, code, title, detail, null, null, null);
    }

    /** 400 VALIDATION_FAILED naming the field. */
    public static ApiProblem invalid(String field, String detail) {
        return new ApiProblem(400, "VALIDATION_FAILED", "Invalid request", detail, field, null, null);
    }

    /** 422 with a market-rule code, optionally naming the field. */
    public static ApiProblem rule(String code, String field, String detail) {
        return new ApiProblem(422, code, "Request breaks a market rule", detail, field, null, null);
    }

    public static ApiProblem notFound() {
        return of(404, "NOT_FOUND", "Not found", "no such resource");
    }

    public static ApiProblem forbidden(String detail) {
        return of(403, "FORBIDDEN", "Forbidden", detail);
    }

    public static ApiProblem conflict(String code, String detail) {
        return of(409, code, "Conflict", detail);
    }

    public static ApiProblem unauthenticated(String code, String detail) {
        return of(401, code, "Unauthenticated", detail);
    }

    public static ApiProblem versionMismatch(long currentVersion, String detail) {
        return new ApiProblem(412, "VERSION_MISMATCH", "Version mismatch", detail, null, currentVersion, null);
    }

    public static ApiProblem rateLimited(int retryAfterSeconds) {
        return new ApiProblem(429, "RATE_LIMITED", "Too many requests",
                "too many attempts; retry after " + retryAfterSeconds + " s", null, null, retryAfterSeconds);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    public String field() {
        return field;
    }

    public Long currentVersion() {
        return currentVersion;
    }

    public Integer retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
