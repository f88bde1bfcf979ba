package io.redesk.sdk.batch;

import io.redesk.sdk.model.ReasonRequest;
import io.redesk.sdk.model.batch.MutationBatchRequest;
import io.redesk.sdk.model.line.FirmOrderRequest;
import io.redesk.sdk.model.line.Line;
import io.redesk.sdk.model.line.LineAmendRequest;
import io.redesk.sdk.model.line.LineWriteRequest;
import io.redesk.sdk.model.placement.Endorsement;
import io.redesk.sdk.model.placement.EndorsementRequest;
import io.redesk.sdk.model.placement.Placement;
import io.redesk.sdk.model.placement.PlacementCreateRequest;
import io.redesk.sdk.model.placement.PlacementStatus;
import io.redesk.sdk.model.placement.Slip;
import io.redesk.sdk.model.placement.TransitionRequest;
import io.redesk.sdk.model.quote.Inquiry;
import io.redesk.sdk.model.quote.InquiryRequest;
import io.redesk.sdk.model.quote.Quote;
import io.redesk.sdk.model.quote.QuoteTermsRequest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * A batch of mutations being put together for {@link MutationBatchService#send}: one typed method per
 * mutation the sync outbox sends, each mirroring the single service method (same path, body and
 * {@code If-Match}), plus the item's idempotency key and its ordering aggregate. Each method returns
 * the {@link BatchCall} handle by which the item's outcome is read from the {@link BatchOutcome}.
 * Not thread-safe; one batch per sender.
 */
public final class MutationBatch {

    /** One item as the sender added it, before serialisation. */
    record Entry(String key, String aggregate, String method, String path, String ifMatch, Object body) {
    }

    private final List<Entry> entries = new ArrayList<>();
    private final Set<String> keys = new HashSet<>();

    public int size() {
        return entries.size();
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    List<Entry> entries() {
        return entries;
    }

    public BatchCall<Placement> createPlacement(String key, String aggregate, PlacementCreateRequest request) {
        return add(key, aggregate, "POST", "/placements", null, required("request", request), Placement.class);
    }

    public BatchCall<Placement> putSlip(String key, String aggregate, UUID placementId, Slip slip, long expectedVersion) {
        return add(key, aggregate, "PUT", "/placements/" + id(placementId) + "/slip", version(expectedVersion),
                required("slip", slip), Placement.class);
    }

    public BatchCall<Placement> transition(String key, String aggregate, UUID placementId, PlacementStatus to, String reason,
                                           long expectedVersion) {
        return add(key, aggregate, "POST", "/placements/" + id(placementId) + "/transitions", version(expectedVersion),
                new TransitionRequest(required("to", to), reason), Placement.class);
    }

    public BatchCall<Endorsement> endorse(String key, String aggregate, UUID placementId, EndorsementRequest request,
                                          long expectedVersion) {
        return add(key, aggregate, "POST", "/placements/" + id(placementId) + "/endorsements", version(expectedVersion),
                required("request", request), Endorsement.class);
    }

    public BatchCall<Inquiry> createInquiry(String key, String aggregate, UUID placementId, InquiryRequest request) {
        return add(key, aggregate, "POST", "/placements/" + id(placementId) + "/inquiries", null,
                required("request", request), Inquiry.class);
    }

    public BatchCall<Placement> placeFirmOrder(String key, String aggregate, UUID placementId, FirmOrderRequest request,
                                               long expectedVersion) {
        return add(key, aggregate, "POST", "/placements/" + id(placementId) + "/firm-order", version(expectedVersion),
                required("request", request), Placement.class);
    }

    public BatchCall<Quote> acceptQuote(String key, String aggregate, UUID quoteId, long expectedVersion) {
        return add(key, aggregate, "POST", "/quotes/" + id(quoteId) + "/accept", version(expectedVersion), null, Quote.class);
    }

    public BatchCall<Quote> prepareQuote(String key, String aggregate, UUID quoteId, long expectedVersion) {
        return add(key, aggregate, "POST", "/quotes/" + id(quoteId) + "/prepare", version(expectedVersion), null, Quote.class);
    }

    public BatchCall<Quote> submitQuote(String key, String aggregate, UUID quoteId, QuoteTermsRequest terms,
                                        long expectedVersion) {
        return add(key, aggregate, "POST", "/quotes/" + id(quoteId) + "/quote", version(expectedVersion),
                required("terms", terms), Quote.class);
    }

    public BatchCall<Quote> declineQuote(String key, String aggregate, UUID quoteId, String reason, long expectedVersion) {
        return add(key, aggregate, "POST", "/quotes/" + id(quoteId) + "/decline", version(expectedVersion),
                new ReasonRequest(required("reason", reason)), Quote.class);
    }

    public BatchCall<Line> writeLine(String key, String aggregate, UUID placementId, LineWriteRequest request) {
        return add(key, aggregate, "POST", "/placements/" + id(placementId) + "/lines", null,
                required("request", request), Line.class);
    }

    public BatchCall<Line> amendLine(String key, String aggregate, UUID lineId, LineAmendRequest request,
                                     long expectedVersion) {
        return add(key, aggregate, "POST", "/lines/" + id(lineId) + "/amend", version(expectedVersion),
                required("request", request), Line.class);
    }

    public BatchCall<Line> withdrawLine(String key, String aggregate, UUID lineId, String reason, long expectedVersion) {
        return add(key, aggregate, "POST", "/lines/" + id(lineId) + "/withdraw", version(expectedVersion),
                new ReasonRequest(required("reason", reason)), Line.class);
    }

    private <T> BatchCall<T> add(String key, String aggregate, String method, String path, String ifMatch, Object body,
                                 Class<T> answer) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(aggregate, "aggregate");
        if (key.isEmpty() || key.length() > 100 || !key.chars().allMatch(ch -> ch >= 0x21 && ch <= 0x7E)) {
            throw new IllegalArgumentException("an item key must be 1 to 100 visible ASCII characters");
        }
        if (aggregate.isEmpty() || aggregate.length() > 200) {
            throw new IllegalArgumentException("an aggregate must be 1 to 200 characters");
        }
        if (entries.size() >= MutationBatchRequest.MAX_ITEMS) {
            throw new IllegalStateException("a batch holds at most " + MutationBatchRequest.MAX_ITEMS + " items");
        }
        if (!keys.add(key)) {
            throw new IllegalArgumentException("key " + key + " is already in this batch");
        }
        entries.add(new Entry(key, aggregate, method, path, ifMatch, body));
        return new BatchCall<>(entries.size() - 1, key, method + " " + path, answer);
    }

    private static String id(UUID id) {
        return Objects.requireNonNull(id, "id").toString();
    }

    private static String version(long v) {
        if (v < 0) {
            throw new IllegalArgumentException("expectedVersion must not be negative, was " + v);
        }
        return "\"" + v + "\"";
    }

    private static <T> T required(String name, T value) {
        return Objects.requireNonNull(value, name);
    }
}
