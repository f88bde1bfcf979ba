package io.redesk.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redesk.sdk.model.line.FirmOrderRequest;
import io.redesk.sdk.model.line.LineAmendRequest;
import io.redesk.sdk.model.line.LineWriteRequest;
import io.redesk.sdk.model.line.SubjectivityRequest;
import io.redesk.sdk.model.line.SubjectivityStatus;
import io.redesk.sdk.model.party.OrgType;
import io.redesk.sdk.model.placement.EndorsementRequest;
import io.redesk.sdk.model.placement.PlacementCreateRequest;
import io.redesk.sdk.model.placement.PlacementStatus;
import io.redesk.sdk.model.placement.Slip;
import io.redesk.sdk.model.quote.InquiryRequest;
import io.redesk.sdk.model.quote.QuoteStatus;
import io.redesk.sdk.model.quote.QuoteTermsRequest;
import io.redesk.sdk.model.registration.ContractRegistrationRequest;
import io.redesk.sdk.model.security.Rating;
import io.redesk.sdk.model.security.RatingAgency;
import io.redesk.sdk.model.security.SecurityPolicyRequest;
import io.redesk.sdk.model.signing.UnderSubscriptionDecision;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/**
 * Each service method sends the contract's method, path, query, If-Match and Idempotency-Key. (That the
 * server accepts them is what the end-to-end tests show; here the shape is pinned without a server.)
 */
class ServicesRequestShapeTest extends MockExchange {

    private static final UUID P = UUID.fromString("11111111-1111-1111-1111-111111111111");
    private static final UUID Q = UUID.fromString("22222222-2222-2222-2222-222222222222");
    private static final UUID L = UUID.fromString("33333333-3333-3333-3333-333333333333");
    private static final UUID S = UUID.fromString("44444444-4444-4444-4444-444444444444");

    private RecordedRequest send(Consumer<ExchangeClient> call) throws InterruptedException {
        server.enqueue(new MockResponse.Builder().code(200).body("{}").build());
        call.accept(client);
        return take();
    }

    private void expect(Consumer<ExchangeClient> call, String method, String target, String ifMatch)
            throws InterruptedException {
        RecordedRequest r = send(call);
        assertThat(r.getMethod() + " " + r.getTarget()).isEqualTo(method + " " + target);
        assertThat(r.getHeaders().get("If-Match")).isEqualTo(ifMatch);
        if (method.equals("GET")) {
            assertThat(r.getHeaders().get("Idempotency-Key")).isNull();
        } else {
            assertThat(r.getHeaders().get("Idempotency-Key")).isNotBlank();
        }
    }

    @Test
    void partiesAndSecurity() throws Exception {
        expect(c -> c.users().me(), "GET", "/me", null);
        expect(c -> c.users().list("abc", 10), "GET", "/users?cursor=abc&limit=10", null);
        expect(c -> c.users().get(P), "GET", "/users/" + P, null);
        expect(c -> c.organisations().list(OrgType.REINSURER, null, null), "GET", "/organisations?type=REINSURER", null);
        expect(c -> c.organisations().get(P), "GET", "/organisations/" + P, null);
        expect(c -> c.reinsurers().list(null, 5), "GET", "/reinsurers?limit=5", null);
        expect(c -> c.reinsurers().get(P), "GET", "/reinsurers/" + P, null);
        expect(c -> c.reinsurers().putRating(P, new Rating(RatingAgency.SP, "A+", null)), "PUT",
                "/reinsurers/" + P + "/ratings", null);
        expect(c -> c.pools().list(null, null), "GET", "/pools", null);
        expect(c -> c.pools().get(P), "GET", "/pools/" + P, null);
        expect(c -> c.pools().putMembers(P, List.of(), 2), "PUT", "/pools/" + P + "/members", "\"2\"");
        expect(c -> c.securityPolicy().get(), "GET", "/security-policy", null);
        expect(c -> c.securityPolicy().put(new SecurityPolicyRequest(new Rating(RatingAgency.SP, "A-", null), true), 1),
                "PUT", "/security-policy", "\"1\"");
        expect(c -> c.meta().health(), "GET", "/health", null);
    }

    @Test
    void placementsQuotesLinesSigningRegistration() throws Exception {
        Slip slip = new Slip("B0999", null, null, null, null, null, null, null);
        expect(c -> c.placements().list(PlacementStatus.INQUIRY, null, 50), "GET",
                "/placements?status=INQUIRY&limit=50", null);
        expect(c -> c.placements().create(new PlacementCreateRequest("t", P, Q, slip)), "POST", "/placements", null);
        expect(c -> c.placements().get(P), "GET", "/placements/" + P, null);
        expect(c -> c.placements().putSlip(P, slip, 3), "PUT", "/placements/" + P + "/slip", "\"3\"");
        expect(c -> c.placements().slipVersions(P, null, null), "GET", "/placements/" + P + "/slip-versions", null);
        expect(c -> c.placements().slipVersion(P, 2), "GET", "/placements/" + P + "/slip-versions/2", null);
        expect(c -> c.placements().transition(P, PlacementStatus.SUBMITTED, null, 4), "POST",
                "/placements/" + P + "/transitions", "\"4\"");
        expect(c -> c.placements().endorsements(P, null, null), "GET", "/placements/" + P + "/endorsements", null);
        expect(c -> c.placements().endorse(P, new EndorsementRequest(LocalDate.of(2027, 1, 1), "d", slip), 9), "POST",
                "/placements/" + P + "/endorsements", "\"9\"");
        expect(c -> c.inquiries().create(P, new InquiryRequest(List.of(Q), null, null, null)), "POST",
                "/placements/" + P + "/inquiries", null);
        expect(c -> c.quotes().forPlacement(P, null, null), "GET", "/placements/" + P + "/quotes", null);
        expect(c -> c.quotes().list(QuoteStatus.QUOTED, null, null), "GET", "/quotes?status=QUOTED", null);
        expect(c -> c.quotes().get(Q), "GET", "/quotes/" + Q, null);
        expect(c -> c.quotes().prepare(Q, 1), "POST", "/quotes/" + Q + "/prepare", "\"1\"");
        expect(c -> c.quotes().submit(Q, new QuoteTermsRequest(null, "2.5", "50", null, null, null), 2), "POST",
                "/quotes/" + Q + "/quote", "\"2\"");
        expect(c -> c.quotes().decline(Q, "capacity", 2), "POST", "/quotes/" + Q + "/decline", "\"2\"");
        expect(c -> c.quotes().accept(Q, 3), "POST", "/quotes/" + Q + "/accept", "\"3\"");
        expect(c -> c.placements().placeFirmOrder(P, new FirmOrderRequest(Q, "80", List.of(), null), 5), "POST",
                "/placements/" + P + "/firm-order", "\"5\"");
        expect(c -> c.lines().list(P, null, null), "GET", "/placements/" + P + "/lines", null);
        expect(c -> c.lines().write(P, new LineWriteRequest("40", true, null, "UW1", null)), "POST",
                "/placements/" + P + "/lines", null);
        expect(c -> c.lines().get(L), "GET", "/lines/" + L, null);
        expect(c -> c.lines().amend(L, new LineAmendRequest("30", false, null), 1), "POST", "/lines/" + L + "/amend",
                "\"1\"");
        expect(c -> c.lines().withdraw(L, "r", 2), "POST", "/lines/" + L + "/withdraw", "\"2\"");
        expect(c -> c.lines().addSubjectivity(L, new SubjectivityRequest("survey", null), 3), "POST",
                "/lines/" + L + "/subjectivities", "\"3\"");
        expect(c -> c.lines().setSubjectivityStatus(L, S, SubjectivityStatus.SATISFIED, 4), "PUT",
                "/lines/" + L + "/subjectivities/" + S, "\"4\"");
        expect(c -> c.signing().preview(P), "GET", "/placements/" + P + "/signing/preview", null);
        expect(c -> c.signing().close(P, UnderSubscriptionDecision.REDUCE_ORDER, 7), "POST",
                "/placements/" + P + "/signing/close", "\"7\"");
        expect(c -> c.registration().register(P, new ContractRegistrationRequest("U", null, P, Q, null, null, null,
                "80", List.of()), 8), "POST", "/placements/" + P + "/registration", "\"8\"");
        expect(c -> c.registration().receipt(P), "GET", "/placements/" + P + "/registration", null);
        expect(c -> c.changes().page("c1", 1000), "GET", "/changes?since=c1&limit=1000", null);
        expect(c -> c.audit().page(null, 10), "GET", "/audit-events?limit=10", null);
    }

    @Test
    void listAllFollowsCursorsLazily() throws Exception {
        server.enqueue(new MockResponse.Builder().code(200).body("{\"items\":[{\"id\":\"" + P + "\"}],\"nextCursor\":\"n1\"}")
                .build());
        server.enqueue(new MockResponse.Builder().code(200).body("{\"items\":[{\"id\":\"" + Q + "\"}]}").build());
        List<UUID> ids = client.placements().listAll(null).map(p -> p.id()).collect(Collectors.toList());
        assertThat(ids).containsExactly(P, Q);
        assertThat(take().getTarget()).isEqualTo("/placements");
        assertThat(take().getTarget()).isEqualTo("/placements?cursor=n1");
    }

    @Test
    void changeFeedResumesFromTheLastChangeCursor() throws Exception {
        server.enqueue(new MockResponse.Builder().code(200).body("{\"items\":[{\"cursor\":\"c1\",\"entityType\":\"PLACEMENT\"},"
                + "{\"cursor\":\"c2\",\"entityType\":\"QUOTE\"}],\"nextCursor\":\"c2\",\"hasMore\":true}").build());
        server.enqueue(new MockResponse.Builder().code(200).body("{\"items\":[],\"nextCursor\":\"c2\",\"hasMore\":false}")
                .build());
        var it = client.changes().batchSize(2).from(null);
        assertThat(it.next().cursor()).isEqualTo("c1");
        assertThat(it.cursor()).isEqualTo("c1");
        it.next();
        assertThat(it.hasNext()).isFalse();
        assertThat(it.cursor()).isEqualTo("c2");
        assertThat(take().getTarget()).isEqualTo("/changes?limit=2");
        assertThat(take().getTarget()).isEqualTo("/changes?since=c2&limit=2");
    }

    @Test
    void aFailedPrefetchSurfacesWhenItsBatchIsNeededAndTheCursorStaysPut() throws Exception {
        server.enqueue(new MockResponse.Builder().code(200).body("{\"items\":[{\"cursor\":\"c1\",\"entityType\":\"LINE\"}],"
                + "\"nextCursor\":\"c1\",\"hasMore\":true}").build());
        for (int i = 0; i < 4; i++) {
            server.enqueue(new MockResponse.Builder().code(503).body("{}").build());
        }
        var it = client.changes().from(null);
        assertThat(it.next().cursor()).isEqualTo("c1");
        assertThatThrownBy(it::hasNext).isInstanceOf(io.redesk.sdk.error.ServerException.class);
        assertThat(it.cursor()).isEqualTo("c1");
    }

    @Test
    void aServiceWithAnOutboxKeySendsIt() throws Exception {
        RecordedRequest r = send(c -> c.placements().with(RequestOptions.idempotencyKey("outbox-7"))
                .transition(P, PlacementStatus.CANCELLED, "client withdrew", 1));
        assertThat(r.getHeaders().get("Idempotency-Key")).isEqualTo("outbox-7");
        assertThat(r.getHeaders().get("If-Match")).isEqualTo("\"1\"");
    }

    @Test
    void badArgumentsFailBeforeAnythingIsSent() {
        assertThatThrownBy(() -> client.placements().get(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("placementId");
        assertThatThrownBy(() -> client.users().list(null, 0)).hasMessageContaining("limit must be between 1 and 200");
        assertThatThrownBy(() -> client.changes().page(null, 1001)).hasMessageContaining("1000");
        assertThatThrownBy(() -> client.placements().slipVersion(P, 0)).hasMessageContaining("versionNumber");
        assertThatThrownBy(() -> client.quotes().accept(Q, -1)).hasMessageContaining("expectedVersion");
        assertThat(server.getRequestCount()).isZero();
    }
}
