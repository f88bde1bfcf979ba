package io.redesk.exchange.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.redesk.sdk.model.Problem;
import io.redesk.sdk.model.WireJson;
import java.nio.ByteBuffer;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own error answers (a request it could not parse: 400, 414 URI too long, 431 headers too large;
 * 408 when a body stops arriving; anything it answers before a route runs) as problem+json, in the
 * contract's shape, instead of Jetty's HTML and text pages: a client reads every error the same way.
 */
public final class ProblemErrorHandler extends ErrorHandler {
    private static final ObjectMapper MAPPER = WireJson.newMapper();

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, Api.PROBLEM_JSON);
        return ByteBuffer.wrap(body(status, reason));
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) {
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, Api.PROBLEM_JSON);
        response.write(true, ByteBuffer.wrap(body(code, message)), callback);
    }

    static byte[] body(int status, String reason) {
        String code = switch (status) {
            case 400 -> "BAD_REQUEST";
            case 404 -> "NOT_FOUND";
            case 408 -> "REQUEST_TIMEOUT";
            case 413 -> "PAYLOAD_TOO_LARGE";
            case 414 -> "URI_TOO_LONG";
            case 431 -> "HEADERS_TOO_LARGE";
            case 505 -> "HTTP_VERSION_NOT_SUPPORTED";
            default -> status == 500 ? "INTERNAL" : "HTTP_" + status;
        };
        String detail = switch (status) {
            case 400 -> "the request is not well-formed HTTP" + (reason == null ? "" : " (" + reason + ")");
            case 408 -> "the request did not arrive in time";
            case 414 -> "the request target is too long";
            case 431 -> "the request headers are too large";
            default -> reason == null ? "HTTP " + status : reason;
        };
        Problem p = new Problem("https://redesk.io/problems/" + code.toLowerCase(Locale.ROOT).replace('_', '-'),
                "HTTP " + status, status, detail, null, code, null, null, UUID.randomUUID().toString());
        try {
            return MAPPER.writeValueAsBytes(p);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a problem", e);
        }
    }
}
