package io.redesk.sdk.model.audit;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One link of the append-only audit chain. To verify a page (starting from {@code seq} 1, where
 * {@code prevHash} is 64 zeros): - {@code contentDigest} = hex SHA-256 of the UTF-8 string {@code
 * actorUserId + "\n" + actorOrganisationId + "\n" + action + "\n" + entityType + "\n" + entityId +
 * "\n" + detail} (an absent field counts as the empty string); check it for every event with
 * {@code redacted: false}; - {@code hash} = hex SHA-256 of the UTF-8 string {@code prevHash + "\n"
 * + seq + "\n" + occurredAt + "\n" + contentDigest} (with {@code seq} in decimal and {@code
 * occurredAt} exactly as sent); - each event's {@code prevHash} equals the previous event's {@code
 * hash}, and {@code seq} increases by 1. Wire form of the {@code AuditEvent} schema of
 * openapi.yaml; required: {@code seq}, {@code occurredAt}, {@code redacted}, {@code
 * contentDigest}, {@code prevHash}, {@code hash}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record AuditEvent(
        long seq,
        String occurredAt,
        boolean redacted,
        String actorUserId,
        String actorOrganisationId,
        String action,
        String entityType,
        String entityId,
        String detail,
        String contentDigest,
        String prevHash,
        String hash) {
}
