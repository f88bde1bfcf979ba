package io.redesk.app.sync.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.redesk.sdk.ExchangeClient;
import io.redesk.sdk.RequestOptions;
import io.redesk.sdk.model.line.FirmOrderRequest;
import io.redesk.sdk.model.line.LineAmendRequest;
import io.redesk.sdk.model.line.LineWriteRequest;
import io.redesk.sdk.model.placement.EndorsementRequest;
import io.redesk.sdk.model.placement.PlacementCreateRequest;
import io.redesk.sdk.model.placement.Slip;
import io.redesk.sdk.model.placement.TransitionRequest;
import io.redesk.sdk.model.quote.Inquiry;
import io.redesk.sdk.model.quote.InquiryRequest;
import io.redesk.sdk.model.quote.QuoteTermsRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Sends one outbox entry to the exchange through the SDK, with the entry's client mutation id as the
 * {@code Idempotency-Key} (so a resend after a lost answer, a crash or a duplicate on the way is
 * applied once) and, for guarded ops, {@code If-Match}. Returns the exchange documents the answer
 * carries (placements, quotes, lines) for the vault.
 */
final class Dispatcher {

    private final ExchangeClient client;
    private final ObjectMapper wire;

    Dispatcher(ExchangeClient client, ObjectMapper wire) {
        this.client = client;
        this.wire = wire;
    }

    List<Object> send(Op op, String aggregateId, Mutation m, Long ifMatch, String clientMutationId) {
        RequestOptions idem = RequestOptions.idempotencyKey(clientMutationId);
        JsonNode body = m.body();
        switch (op) {
            case CREATE_PLACEMENT:
                return List.of(client.placements().with(idem).create(read(body, PlacementCreateRequest.class)));
            case PUT_SLIP:
                return List.of(client.placements().with(idem).putSlip(uuid(aggregateId), read(body, Slip.class),
                        version(ifMatch)));
            case ENDORSE: {
                UUID id = uuid(aggregateId);
                client.placements().with(idem).endorse(id, read(body, EndorsementRequest.class), version(ifMatch));
                // the answer is the endorsement; the vault needs the placement it changed (its new slip version)
                return List.of(client.placements().get(id));
            }
            case TRANSITION: {
                TransitionRequest t = read(body, TransitionRequest.class);
                return List.of(client.placements().with(idem).transition(uuid(aggregateId), t.to(), t.reason(),
                        version(ifMatch)));
            }
            case INQUIRY: {
                Inquiry inquiry = client.inquiries().with(idem).create(uuid(aggregateId), read(body, InquiryRequest.class));
                return inquiry.quotes() == null ? List.of() : new ArrayList<>(inquiry.quotes());
            }
            case ACCEPT_QUOTE:
                return List.of(client.quotes().with(idem).accept(uuid(m.targetId()), version(ifMatch)));
            case FIRM_ORDER:
                return List.of(client.placements().with(idem).placeFirmOrder(uuid(aggregateId),
                        read(body, FirmOrderRequest.class), version(ifMatch)));
            case PREPARE_QUOTE:
                return List.of(client.quotes().with(idem).prepare(uuid(aggregateId), version(ifMatch)));
            case SUBMIT_QUOTE:
                return List.of(client.quotes().with(idem).submit(uuid(aggregateId), read(body, QuoteTermsRequest.class),
                        version(ifMatch)));
            case DECLINE_QUOTE:
                return List.of(client.quotes().with(idem).decline(uuid(aggregateId), body.path("reason").asText(null),
                        version(ifMatch)));
            case WRITE_LINE:
                return List.of(client.lines().with(idem).write(uuid(m.placementId()), read(body, LineWriteRequest.class)));
            case AMEND_LINE:
                return List.of(client.lines().with(idem).amend(uuid(aggregateId), read(body, LineAmendRequest.class),
                        version(ifMatch)));
            case WITHDRAW_LINE:
                return List.of(client.lines().with(idem).withdraw(uuid(aggregateId), body.path("reason").asText(null),
                        version(ifMatch)));
            default:
                throw new IllegalArgumentException("no dispatch for " + op);
        }
    }

    private static long version(Long v) {
        if (v == null) {
            throw new IllegalStateException("a guarded change needs the version it was made on");
        }
        return v;
    }

    private static UUID uuid(String id) {
        if (id == null) {
            throw new IllegalArgumentException("the change names no exchange id");
        }
        return UUID.fromString(id);
    }

    private <T> T read(JsonNode body, Class<T> type) {
        try {
            return wire.treeToValue(body, type);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the queued change is not a valid " + type.getSimpleName() + ": "
                    + e.getOriginalMessage(), e);
        }
    }
}
