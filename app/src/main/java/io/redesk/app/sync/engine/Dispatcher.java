package io.redesk.app.sync.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.redesk.sdk.ExchangeClient;
import io.redesk.sdk.RequestOptions;
import io.redesk.sdk.batch.BatchCall;
import io.redesk.sdk.batch.BatchOutcome;
import io.redesk.sdk.batch.MutationBatch;
import io.redesk.sdk.model.account.BillRegistrationRequest;
import io.redesk.sdk.model.account.CashCallRequest;
import io.redesk.sdk.model.account.ClaimAdviceRequest;
import io.redesk.sdk.model.account.ClaimPaymentRequest;
import io.redesk.sdk.model.account.ClaimRegistrationRequest;
import io.redesk.sdk.model.account.ReserveMovementRequest;
import io.redesk.sdk.model.account.InvoiceRequest;
import io.redesk.sdk.model.account.PaymentRequest;
import io.redesk.sdk.model.account.SettlementRequest;
import io.redesk.sdk.model.account.TechnicalAccountContent;
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
 * carries (placements, quotes, lines) for the vault. Several entries can also go as items of one
 * mutation batch ({@link #add}), each the same request with the same key (ADR 0612).
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
        Object answer = switch (op) {
            case CREATE_PLACEMENT -> client.placements().with(idem).create(read(body, PlacementCreateRequest.class));
            case PUT_SLIP -> client.placements().with(idem).putSlip(uuid(aggregateId), read(body, Slip.class),
                    version(ifMatch));
            case ENDORSE -> client.placements().with(idem).endorse(uuid(aggregateId), read(body, EndorsementRequest.class),
                    version(ifMatch));
            case TRANSITION -> {
                TransitionRequest t = read(body, TransitionRequest.class);
                yield client.placements().with(idem).transition(uuid(aggregateId), t.to(), t.reason(), version(ifMatch));
            }
            case INQUIRY -> client.inquiries().with(idem).create(uuid(aggregateId), read(body, InquiryRequest.class));
            case ACCEPT_QUOTE -> client.quotes().with(idem).accept(uuid(m.targetId()), version(ifMatch));
            case FIRM_ORDER -> client.placements().with(idem).placeFirmOrder(uuid(aggregateId),
                    read(body, FirmOrderRequest.class), version(ifMatch));
            case PREPARE_QUOTE -> client.quotes().with(idem).prepare(uuid(aggregateId), version(ifMatch));
            case SUBMIT_QUOTE -> client.quotes().with(idem).submit(uuid(aggregateId), read(body, QuoteTermsRequest.class),
                    version(ifMatch));
            case DECLINE_QUOTE -> client.quotes().with(idem).decline(uuid(aggregateId), body.path("reason").asText(null),
                    version(ifMatch));
            case WRITE_LINE -> client.lines().with(idem).write(uuid(m.placementId()), read(body, LineWriteRequest.class));
            case AMEND_LINE -> client.lines().with(idem).amend(uuid(aggregateId), read(body, LineAmendRequest.class),
                    version(ifMatch));
            case WITHDRAW_LINE -> client.lines().with(idem).withdraw(uuid(aggregateId), body.path("reason").asText(null),
                    version(ifMatch));
            case UPDATE_ACCOUNT -> client.accounts().with(idem).update(uuid(aggregateId),
                    read(body, TechnicalAccountContent.class), version(ifMatch));
            case ISSUE_ACCOUNT -> client.accounts().with(idem).issue(uuid(aggregateId), version(ifMatch));
            case AGREE_ACCOUNT -> client.accounts().with(idem).agree(uuid(aggregateId), version(ifMatch));
            case QUERY_ACCOUNT -> client.accounts().with(idem).query(uuid(aggregateId), body.path("reason").asText(null),
                    version(ifMatch));
            case CORRECT_ACCOUNT -> client.accounts().with(idem).correct(uuid(m.targetId()),
                    read(body, TechnicalAccountContent.class), version(ifMatch));
            case REGISTER_BILL -> client.accounts().with(idem).register(uuid(aggregateId),
                    read(body, BillRegistrationRequest.class));
            case REQUEST_CLAIM_PAYMENT -> client.claims().with(idem).requestPayment(uuid(aggregateId),
                    read(body, ClaimPaymentRequest.class), version(ifMatch));
            case ADVISE_CLAIM -> client.claims().with(idem).advise(read(body, ClaimAdviceRequest.class));
            case MOVE_RESERVE -> client.claims().with(idem).moveReserve(uuid(aggregateId), read(body, ReserveMovementRequest.class),
                    version(ifMatch));
            case REQUEST_CASH_CALL -> client.claims().with(idem).callCash(uuid(aggregateId), read(body, CashCallRequest.class));
            case REGISTER_CLAIM -> client.claims().with(idem).register(uuid(aggregateId), read(body, ClaimRegistrationRequest.class));
            case PAY_CASH_CALL -> client.claims().with(idem).payCashCall(uuid(aggregateId), body.path("bankReference").asText(null),
                    version(ifMatch));
            case INSTRUCT_SETTLEMENT -> client.settlements().with(idem).instruct(read(body, SettlementRequest.class));
            case PAY_SETTLEMENT -> client.settlements().with(idem).pay(uuid(aggregateId), read(body, PaymentRequest.class),
                    version(ifMatch));
            case CONFIRM_SETTLEMENT -> client.settlements().with(idem).confirm(uuid(aggregateId),
                    body.path("bankReference").asText(null), version(ifMatch));
            case REQUEST_INVOICE -> client.invoices().with(idem).request(read(body, InvoiceRequest.class));
            case ISSUE_INVOICE -> client.invoices().with(idem).issue(uuid(aggregateId), body.path("invoiceNumber").asText(null),
                    version(ifMatch));
            case DELIVER_INVOICE -> client.invoices().with(idem).deliver(uuid(aggregateId), version(ifMatch));
            case CONFIRM_INVOICE -> client.invoices().with(idem).confirm(uuid(aggregateId), version(ifMatch));
            case VOID_INVOICE -> client.invoices().with(idem).voidWith(uuid(aggregateId),
                    body.path("redInvoiceNumber").asText(null), body.path("reason").asText(null), version(ifMatch));
        };
        return docs(op, aggregateId, answer);
    }

    /**
     * Adds the entry to {@code batch} as the same request {@link #send} makes (path, body, If-Match, the
     * client mutation id as the item's key, the outbox aggregate as its ordering group).
     */
    BatchCall<?> add(MutationBatch batch, Op op, String aggregateType, String aggregateId, Mutation m, Long ifMatch,
                     String clientMutationId) {
        String key = clientMutationId;
        String group = aggregateType + ":" + aggregateId;
        JsonNode body = m.body();
        return switch (op) {
            case CREATE_PLACEMENT -> batch.createPlacement(key, group, read(body, PlacementCreateRequest.class));
            case PUT_SLIP -> batch.putSlip(key, group, uuid(aggregateId), read(body, Slip.class), version(ifMatch));
            case ENDORSE -> batch.endorse(key, group, uuid(aggregateId), read(body, EndorsementRequest.class),
                    version(ifMatch));
            case TRANSITION -> {
                TransitionRequest t = read(body, TransitionRequest.class);
                yield batch.transition(key, group, uuid(aggregateId), t.to(), t.reason(), version(ifMatch));
            }
            case INQUIRY -> batch.createInquiry(key, group, uuid(aggregateId), read(body, InquiryRequest.class));
            case ACCEPT_QUOTE -> batch.acceptQuote(key, group, uuid(m.targetId()), version(ifMatch));
            case FIRM_ORDER -> batch.placeFirmOrder(key, group, uuid(aggregateId), read(body, FirmOrderRequest.class),
                    version(ifMatch));
            case PREPARE_QUOTE -> batch.prepareQuote(key, group, uuid(aggregateId), version(ifMatch));
            case SUBMIT_QUOTE -> batch.submitQuote(key, group, uuid(aggregateId), read(body, QuoteTermsRequest.class),
                    version(ifMatch));
            case DECLINE_QUOTE -> batch.declineQuote(key, group, uuid(aggregateId), body.path("reason").asText(null),
                    version(ifMatch));
            case WRITE_LINE -> batch.writeLine(key, group, uuid(m.placementId()), read(body, LineWriteRequest.class));
            case AMEND_LINE -> batch.amendLine(key, group, uuid(aggregateId), read(body, LineAmendRequest.class),
                    version(ifMatch));
            case WITHDRAW_LINE -> batch.withdrawLine(key, group, uuid(aggregateId), body.path("reason").asText(null),
                    version(ifMatch));
            default -> throw new IllegalStateException(op + " is not sent in a mutation batch (Op.batchable)");
        };
    }

    /** A new, empty batch. */
    MutationBatch newBatch() {
        return client.batches().newBatch();
    }

    /** Sends a batch; per-item outcomes. */
    BatchOutcome send(MutationBatch batch) {
        return client.batches().send(batch);
    }

    /**
     * The exchange documents an accepted change's answer carries for the vault, the same for a single
     * call and a batch item: the document itself, an inquiry's quotes, and for an endorsement the
     * placement it changed (fetched: the answer is the endorsement).
     */
    List<Object> docs(Op op, String aggregateId, Object answer) {
        if (op == Op.ENDORSE) {
            return List.of(client.placements().get(uuid(aggregateId)));
        }
        if (op == Op.REGISTER_BILL) {
            // the answer is the receipt; the account carries it from now on
            return List.of(client.accounts().get(uuid(aggregateId)));
        }
        if (op == Op.REGISTER_CLAIM) {
            // the answer is the receipt; the claim carries it from now on
            return List.of(client.claims().get(uuid(aggregateId)));
        }
        if (op == Op.MOVE_RESERVE) {
            // the answer is the movement; the claim (its new reserve and version, which the next change is guarded by) first
            return List.of(client.claims().get(uuid(aggregateId)), answer);
        }
        if (op == Op.INQUIRY) {
            Inquiry inquiry = (Inquiry) answer;
            return inquiry.quotes() == null ? List.of() : new ArrayList<>(inquiry.quotes());
        }
        return List.of(answer);
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
