package io.redesk.exchange.http;

import io.redesk.exchange.audit.AuditLog;
import io.redesk.exchange.auth.Caller;
import org.jdbi.v3.core.Handle;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

/**
 * Everything a state-changing route needs inside its write transaction: the Jdbi handle (pass it to
 * the stores; never commit or roll back on it), the caller,
 * one instant for the whole change (so the resource, its feed entry and its audit event agree), and the
 * request: path parameters, If-Match and body. The request is either the HTTP request itself or one
 * item of a mutation batch; a route cannot tell them apart, so an item is applied by exactly the
 * single endpoint's code.
 */
public record Mutation(Handle h, Caller caller, Instant now, Request request) {

    /** The parts of a request a mutation route reads. */
    public interface Request {
        /** The path parameter {@code name} (URL-decoded). */
        String pathParam(String name);

        /** The If-Match header's value, or null. */
        String ifMatch();

        /** The body's bytes (empty when there is none). */
        byte[] body();
    }

    /** {@link #now()} as ISO-8601 UTC with milliseconds, the exact text stored and sent. */
    public String nowText() {
        return DateTimeFormatter.ISO_INSTANT.format(now);
    }

    public AuditLog.Actor actor() {
        return new AuditLog.Actor(caller.userId(), caller.organisationId());
    }

    public String pathParam(String name) {
        return request.pathParam(name);
    }

    /** The request body's bytes. */
    public byte[] body() {
        return request.body();
    }

    /**
     * Checks If-Match against the resource's current version: 428 when missing, 412 (with the current
     * version) when stale.
     */
    public void requireVersion(long current) {
        String h = request.ifMatch();
        if (h == null || h.isBlank()) {
            throw ApiProblem.of(428, "PRECONDITION_REQUIRED", "Precondition required",
                    "send If-Match with the ETag of the version you are changing");
        }
        String v = h.trim();
        if (v.startsWith("W/")) {
            v = v.substring(2);
        }
        v = v.replace("\"", "");
        long asked;
        try {
            asked = Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw ApiProblem.invalid("If-Match", "must be an ETag such as \"3\"");
        }
        if (asked != current) {
            throw ApiProblem.versionMismatch(current, "the resource is at version " + current + ", not " + asked);
        }
    }
}
