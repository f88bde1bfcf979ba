package io.redesk.exchange.http;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * Opaque cursors over an ordered integer key. The cursor is base64url text of the last key returned;
 * clients must treat it as opaque (its form may change), and a cursor that does not decode is a 400.
 */
public final class Paging {
    private static final String PREFIX = "rk1:";

    private Paging() {
    }

    /** A page request: the key after which to continue (or null to start) and the page size. */
    public record Request(Long after, int limit) {
    }

    public static Request request(Context ctx, String cursorParam, int defaultLimit, int maxLimit) {
        return new Request(decode(ctx.queryParam(cursorParam), cursorParam), limit(ctx, defaultLimit, maxLimit));
    }

    public static int limit(Context ctx, int defaultLimit, int maxLimit) {
        String l = ctx.queryParam("limit");
        if (l == null) {
            return defaultLimit;
        }
        try {
            int v = Integer.parseInt(l);
            if (v >= 1 && v <= maxLimit) {
                return v;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw ApiProblem.invalid("limit", "must be an integer from 1 to " + maxLimit);
    }

    public static String encode(long key) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((PREFIX + key).getBytes(StandardCharsets.UTF_8));
    }

    public static Long decode(String cursor, String param) {
        if (cursor == null || cursor.isEmpty()) {
            return null;
        }
        try {
            String s = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (s.startsWith(PREFIX)) {
                return Long.parseLong(s.substring(PREFIX.length()));
            }
        } catch (IllegalArgumentException ignored) {
            // reported below
        }
        throw ApiProblem.of(400, "INVALID_CURSOR", "Invalid cursor", "the " + param + " cursor is not one this server issued");
    }

    /** The next cursor when the query fetched {@code limit + 1} rows, else null (last page). */
    public static <T> String next(List<T> fetched, int limit, ToLongFunction<T> key) {
        return fetched.size() > limit ? encode(key.applyAsLong(fetched.get(limit - 1))) : null;
    }
}
