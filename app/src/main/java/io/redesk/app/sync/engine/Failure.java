package io.redesk.app.sync.engine;

import io.redesk.sdk.error.AuthenticationException;
import io.redesk.sdk.error.ExchangeException;
import io.redesk.sdk.error.NetworkException;
import io.redesk.sdk.error.PreconditionFailedException;
import io.redesk.sdk.error.RateLimitedException;
import io.redesk.sdk.error.ServerException;

/**
 * What a failed push means for its outbox entry (Signal's job outcomes): retry later, keep it for the
 * user with the exchange's reason, or open a conflict. The one place that decides it.
 *
 * @param kind        the category
 * @param reason      the exchange's code and detail, shown to the user and kept with the entry
 * @param unreachable whether no answer came at all (the engine goes offline)
 */
public record Failure(Kind kind, String reason, boolean unreachable) {

    /** Outcome categories. */
    public enum Kind {
        /** Network, 5xx, 429, 408, expired login: the same request may succeed later. */
        TRANSIENT,
        /** Validation, state conflict, forbidden, not found: the exchange will keep saying no. */
        PERMANENT,
        /** 412: the exchange moved past the version the user edited. */
        CONFLICT
    }

    public static Failure classify(Throwable t) {
        if (t instanceof NetworkException n) {
            return new Failure(Kind.TRANSIENT, describe(n), true);
        }
        if (t instanceof PreconditionFailedException p) {
            // 428 means we sent no If-Match: a bug on our side, not a conflict the user can settle
            return new Failure(p.status() == 412 ? Kind.CONFLICT : Kind.PERMANENT, describe(p), false);
        }
        if (t instanceof ServerException || t instanceof RateLimitedException || t instanceof AuthenticationException) {
            return new Failure(Kind.TRANSIENT, describe((ExchangeException) t), false);
        }
        if (t instanceof ExchangeException e) {
            if ("INVALID_RESPONSE".equals(e.code()) && e.status() >= 200 && e.status() < 300) {
                return new Failure(Kind.TRANSIENT, describe(e), false);
            }
            return new Failure(Kind.PERMANENT, describe(e), false);
        }
        return new Failure(Kind.PERMANENT, t.getClass().getSimpleName() + ": " + t.getMessage(), false);
    }

    private static String describe(ExchangeException e) {
        return Refusal.of(e).text();
    }
}
