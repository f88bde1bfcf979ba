package io.redesk.exchange.http;

import io.redesk.exchange.audit.AuditLog;
import io.redesk.exchange.auth.Caller;
import io.javalin.http.Context;
import java.sql.Connection;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

/**
 * Everything a state-changing route needs inside its write transaction: the connection, the caller,
 * one instant for the whole change (so the resource, its feed entry and its audit event agree), the
 * raw request and its If-Match.
 */
public record Mutation(Connection c, Caller caller, Instant now, Context ctx) {

    /** {@link #now()} as ISO-8601 UTC with milliseconds, the exact text stored and sent. */
    public String nowText() {
        return DateTimeFormatter.ISO_INSTANT.format(now);
    }

    public AuditLog.Actor actor() {
        return new AuditLog.Actor(caller.userId(), caller.organisationId());
    }

    public String pathParam(String name) {
        return ctx.pathParam(name);
    }

    /**
     * Checks If-Match against the resource's current version: 428 when missing, 412 (with the current
     * version) when stale.
     */
    public void requireVersion(long current) {
        String h = ctx.header("If-Match");
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
