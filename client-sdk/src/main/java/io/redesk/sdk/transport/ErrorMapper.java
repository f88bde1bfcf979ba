package io.redesk.sdk.transport;

import io.redesk.sdk.error.AuthenticationException;
import io.redesk.sdk.error.ConflictException;
import io.redesk.sdk.error.ExchangeException;
import io.redesk.sdk.error.ForbiddenException;
import io.redesk.sdk.error.NotFoundException;
import io.redesk.sdk.error.PreconditionFailedException;
import io.redesk.sdk.error.Problem;
import io.redesk.sdk.error.RateLimitedException;
import io.redesk.sdk.error.ServerException;
import io.redesk.sdk.error.ValidationException;
import java.time.Duration;

/**
 * Turns a non-2xx status (plus its problem document) into the exception type of its category.
 */
final class ErrorMapper {

    private ErrorMapper() {
    }

    static ExchangeException map(String what, int status, Problem problem, String requestId, Duration retryAfter,
            String etag) {
        String code = problem != null && problem.code() != null ? problem.code() : defaultCode(status);
        if (requestId == null && problem != null && problem.extensions().get("requestId") != null) {
            requestId = String.valueOf(problem.extensions().get("requestId"));
        }
        StringBuilder msg = new StringBuilder(what).append(" -> ").append(status).append(' ').append(code);
        if (problem != null && problem.detail() != null) {
            msg.append(": ").append(problem.detail());
        } else if (problem != null && problem.title() != null) {
            msg.append(": ").append(problem.title());
        }
        if (problem != null && problem.field() != null) {
            msg.append(" [field ").append(problem.field()).append(']');
        }
        if (requestId != null) {
            msg.append(" (request id ").append(requestId).append(')');
        }
        String m = msg.toString();
        switch (status) {
            case 400, 413, 415, 422:
                return new ValidationException(status, code, requestId, problem, m);
            case 401:
                return new AuthenticationException(status, code, requestId, problem, m);
            case 403:
                return new ForbiddenException(status, code, requestId, problem, m);
            case 404, 410:
                return new NotFoundException(status, code, requestId, problem, m);
            case 409:
                return new ConflictException(status, code, requestId, problem, m);
            case 412, 428:
                return new PreconditionFailedException(status, code, requestId, problem, m,
                        currentVersion(problem, etag));
            case 429:
                return new RateLimitedException(status, code, requestId, problem, m, retryAfter);
            default:
                if (status == 408 || status >= 500) {
                    return new ServerException(status, code, requestId, problem, m);
                }
                return new ExchangeException(status, code, requestId, problem, m, null);
        }
    }

    private static String currentVersion(Problem problem, String etag) {
        if (problem != null) {
            for (String key : new String[] {"currentVersion", "current_version"}) {
                Object v = problem.extensions().get(key);
                if (v != null) {
                    return String.valueOf(v);
                }
            }
        }
        return etag == null ? null : ApiResponse.unquote(etag);
    }

    static String defaultCode(int status) {
        return switch (status) {
            case 400 -> "BAD_REQUEST";
            case 401 -> "UNAUTHORIZED";
            case 403 -> "FORBIDDEN";
            case 404 -> "NOT_FOUND";
            case 408 -> "REQUEST_TIMEOUT";
            case 409 -> "CONFLICT";
            case 410 -> "GONE";
            case 412 -> "PRECONDITION_FAILED";
            case 413 -> "PAYLOAD_TOO_LARGE";
            case 415 -> "UNSUPPORTED_MEDIA_TYPE";
            case 422 -> "UNPROCESSABLE";
            case 428 -> "PRECONDITION_REQUIRED";
            case 429 -> "RATE_LIMITED";
            case 503 -> "UNAVAILABLE";
            default -> status >= 500 ? "SERVER_ERROR" : "HTTP_" + status;
        };
    }
}
