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
            for (String key : new String[] {"currentVersion", "current_version", "version"}) {
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
            case 400 -> "bad_request";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not_found";
            case 408 -> "request_timeout";
            case 409 -> "conflict";
            case 410 -> "gone";
            case 412 -> "precondition_failed";
            case 413 -> "payload_too_large";
            case 415 -> "unsupported_media_type";
            case 422 -> "unprocessable";
            case 428 -> "precondition_required";
            case 429 -> "rate_limited";
            case 503 -> "unavailable";
            default -> status >= 500 ? "server_error" : "http_" + status;
        };
    }
}
