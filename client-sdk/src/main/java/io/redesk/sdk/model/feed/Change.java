package io.redesk.sdk.model.feed;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.redesk.sdk.model.account.CashCall;
import io.redesk.sdk.model.account.Claim;
import io.redesk.sdk.model.account.ReserveMovement;
import io.redesk.sdk.model.account.Invoice;
import io.redesk.sdk.model.account.Settlement;
import io.redesk.sdk.model.account.TechnicalAccount;
import io.redesk.sdk.model.line.Line;
import io.redesk.sdk.model.placement.Placement;
import io.redesk.sdk.model.quote.Quote;

import java.time.Instant;
import java.util.UUID;

/**
 * One committed change. Exactly one of {@code placement}, {@code quote}, {@code line},
 * {@code technicalAccount}, {@code claim}, {@code reserveMovement}, {@code cashCall}, {@code settlement}, {@code invoice} is present,
 * matching {@code entityType}; it is the resource after the change as the caller may see it. Wire
 * form of the {@code Change} schema of openapi.yaml; required: {@code cursor}, {@code entityType},
 * {@code entityId}, {@code action}, {@code occurredAt}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Change(
        String cursor,
        ChangeEntityType entityType,
        UUID entityId,
        UUID placementId,
        String action,
        Instant occurredAt,
        Placement placement,
        Quote quote,
        Line line,
        TechnicalAccount technicalAccount,
        Claim claim,
        Settlement settlement,
        Invoice invoice,
        ReserveMovement reserveMovement,
        CashCall cashCall) {

    /** A change of any kind before reserve movements and cash calls. */
    public Change(String cursor, ChangeEntityType entityType, UUID entityId, UUID placementId, String action,
                  Instant occurredAt, Placement placement, Quote quote, Line line, TechnicalAccount technicalAccount,
                  Claim claim, Settlement settlement, Invoice invoice) {
        this(cursor, entityType, entityId, placementId, action, occurredAt, placement, quote, line, technicalAccount, claim,
                settlement, invoice, null, null);
    }

    /** A change of a placement, quote or line (the kinds before accounts). */
    public Change(String cursor, ChangeEntityType entityType, UUID entityId, UUID placementId, String action,
                  Instant occurredAt, Placement placement, Quote quote, Line line) {
        this(cursor, entityType, entityId, placementId, action, occurredAt, placement, quote, line, null, null, null, null, null, null);
    }
}
