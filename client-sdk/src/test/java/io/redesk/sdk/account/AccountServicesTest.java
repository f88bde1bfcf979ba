package io.redesk.sdk.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.redesk.sdk.ExchangeClient;
import io.redesk.sdk.MockExchange;
import io.redesk.sdk.error.PreconditionFailedException;
import io.redesk.sdk.error.ValidationException;
import io.redesk.sdk.model.Money;
import io.redesk.sdk.model.account.AccountStatus;
import io.redesk.sdk.model.account.BillRegistrationRequest;
import io.redesk.sdk.model.account.CashCallRequest;
import io.redesk.sdk.model.account.ClaimAdviceRequest;
import io.redesk.sdk.model.account.ClaimRegistrationRequest;
import io.redesk.sdk.model.account.ReserveMovementRequest;
import io.redesk.sdk.model.account.ClaimPaymentRequest;
import io.redesk.sdk.model.account.FxRate;
import io.redesk.sdk.model.account.InvoiceRequest;
import io.redesk.sdk.model.account.ParticipantResponse;
import io.redesk.sdk.model.account.PaymentRequest;
import io.redesk.sdk.model.account.SettlementRequest;
import io.redesk.sdk.model.account.TaItem;
import io.redesk.sdk.model.account.TaItemType;
import io.redesk.sdk.model.account.TechnicalAccount;
import io.redesk.sdk.model.account.TechnicalAccountContent;
import io.redesk.sdk.model.account.TechnicalAccountCreateRequest;
import io.redesk.sdk.model.feed.Change;
import io.redesk.sdk.model.feed.ChangeEntityType;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/** The accounts services send the contract's method, path, query, If-Match, Idempotency-Key and body. */
class AccountServicesTest extends MockExchange {
    private static final UUID A = UUID.fromString("11111111-1111-1111-1111-111111111111");
    private static final UUID B = UUID.fromString("22222222-2222-2222-2222-222222222222");
    private static final Money CNY_100 = new Money("100.00", "CNY");

    private RecordedRequest expect(Consumer<ExchangeClient> call, String method, String target, String ifMatch) throws Exception {
        server.enqueue(new MockResponse.Builder().code(200).body("{\"items\":[]}").build());
        call.accept(client);
        RecordedRequest r = take();
        assertThat(r.getMethod() + " " + r.getTarget()).isEqualTo(method + " " + target);
        assertThat(r.getHeaders().get("If-Match")).isEqualTo(ifMatch);
        if (method.equals("GET")) {
            assertThat(r.getHeaders().get("Idempotency-Key")).isNull();
        } else {
            assertThat(r.getHeaders().get("Idempotency-Key")).isNotBlank();
        }
        return r;
    }

    @Test
    void technicalAccounts() throws Exception {
        TechnicalAccountContent content = new TechnicalAccountContent(List.of(new TaItem(TaItemType.PREMIUM, CNY_100, null, null, null)), null);
        expect(c -> c.accounts().list(A, AccountStatus.ISSUED, "x", 10), "GET",
                "/technical-accounts?placementId=" + A + "&status=ISSUED&cursor=x&limit=10", null);
        expect(c -> c.accounts().get(A), "GET", "/technical-accounts/" + A, null);
        RecordedRequest create = expect(c -> c.accounts().create(new TechnicalAccountCreateRequest(A, null, "2027Q1", "CNY",
                content.items(), null)), "POST", "/technical-accounts", null);
        assertThat(create.getBody().utf8()).isEqualTo("{\"placementId\":\"" + A
                + "\",\"period\":\"2027Q1\",\"currency\":\"CNY\",\"items\":[{\"type\":\"PREMIUM\",\"amount\":{\"amount\":\"100.00\",\"currency\":\"CNY\"}}]}");
        expect(c -> c.accounts().update(A, content, 3), "PUT", "/technical-accounts/" + A, "\"3\"");
        expect(c -> c.accounts().issue(A, 3), "POST", "/technical-accounts/" + A + "/issue", "\"3\"");
        expect(c -> c.accounts().agree(A, 4), "POST", "/technical-accounts/" + A + "/agree", "\"4\"");
        RecordedRequest q = expect(c -> c.accounts().query(A, "commission is 27.5%", 4), "POST", "/technical-accounts/" + A + "/query", "\"4\"");
        assertThat(q.getBody().utf8()).isEqualTo("{\"reason\":\"commission is 27.5%\"}");
        expect(c -> c.accounts().correct(A, content, 5), "POST", "/technical-accounts/" + A + "/corrections", "\"5\"");
        expect(c -> c.accounts().register(A, new BillRegistrationRequest(A, "B0999TTY2027", "2027Q1", "CNY", CNY_100)), "POST",
                "/technical-accounts/" + A + "/registration", null);
    }

    @Test
    void claimsSettlementsAndInvoices() throws Exception {
        expect(c -> c.claims().list(A, null, null), "GET", "/claims?placementId=" + A, null);
        expect(c -> c.claims().get(A), "GET", "/claims/" + A, null);
        expect(c -> c.claims().advise(new ClaimAdviceRequest(A, "UCR-1", LocalDate.of(2027, 3, 1), "fire", "warehouse", CNY_100)),
                "POST", "/claims", null);
        expect(c -> c.claims().requestPayment(A, new ClaimPaymentRequest(B, CNY_100), 2), "POST", "/claims/" + A + "/payments", "\"2\"");
        expect(c -> c.settlements().statements("2027Q1", "USD"), "GET", "/statements?period=2027Q1&currency=USD", null);
        expect(c -> c.settlements().list(null, 5), "GET", "/settlements?limit=5", null);
        expect(c -> c.settlements().get(A), "GET", "/settlements/" + A, null);
        RecordedRequest s = expect(c -> c.settlements().instruct(new SettlementRequest(B, "USD", "CNY",
                new FxRate("USD", "CNY", "7.1234", "CFETS central parity", LocalDate.of(2027, 4, 6)), false)), "POST", "/settlements", null);
        assertThat(s.getBody().utf8()).contains("\"fxRate\":{\"from\":\"USD\",\"to\":\"CNY\",\"rate\":\"7.1234\"", "\"date\":\"2027-04-06\"");
        expect(c -> c.settlements().pay(A, new PaymentRequest(CNY_100, "ICBC-1", LocalDate.of(2027, 4, 10)), 1), "POST",
                "/settlements/" + A + "/payments", "\"1\"");
        expect(c -> c.settlements().confirm(A, "CR-1", 2), "POST", "/settlements/" + A + "/confirm", "\"2\"");
        expect(c -> c.invoices().list(null, null), "GET", "/invoices", null);
        expect(c -> c.invoices().get(A), "GET", "/invoices/" + A, null);
        expect(c -> c.invoices().request(new InvoiceRequest(A, B, false)), "POST", "/invoices", null);
        expect(c -> c.invoices().issue(A, "31000000001", 1), "POST", "/invoices/" + A + "/issue", "\"1\"");
        expect(c -> c.invoices().deliver(A, 2), "POST", "/invoices/" + A + "/deliver", "\"2\"");
        expect(c -> c.invoices().confirm(A, 3), "POST", "/invoices/" + A + "/confirm", "\"3\"");
        expect(c -> c.invoices().voidWith(A, "31000000002", "wrong share", 4), "POST", "/invoices/" + A + "/void", "\"4\"");
    }

    @Test
    void reserveMovementsCashCallsClaimRegistrationAndBrokerageStatements() throws Exception {
        expect(c -> c.claims().moveReserve(A, new ReserveMovementRequest(CNY_100, "surveyor's report", LocalDate.of(2027, 5, 1)), 3),
                "POST", "/claims/" + A + "/reserve-movements", "\"3\"");
        expect(c -> c.claims().reserveMovements(A, "c", 5), "GET", "/claims/" + A + "/reserve-movements?cursor=c&limit=5", null);
        expect(c -> c.claims().reserveMovement(B), "GET", "/reserve-movements/" + B, null);
        RecordedRequest call = expect(c -> c.claims().callCash(A, new CashCallRequest(CNY_100, LocalDate.of(2027, 5, 10), "CC-1")), "POST",
                "/claims/" + A + "/cash-calls", null);
        assertThat(call.getBody().utf8()).contains("\"dueDate\":\"2027-05-10\"").contains("\"reference\":\"CC-1\"");
        expect(c -> c.claims().cashCalls(A, null, null), "GET", "/claims/" + A + "/cash-calls", null);
        expect(c -> c.claims().cashCall(B), "GET", "/cash-calls/" + B, null);
        RecordedRequest pay = expect(c -> c.claims().payCashCall(B, "ICBC-CC-1", 2), "POST", "/cash-calls/" + B + "/payments", "\"2\"");
        assertThat(pay.getBody().utf8()).isEqualTo("{\"bankReference\":\"ICBC-CC-1\"}");
        expect(c -> c.claims().register(A, new ClaimRegistrationRequest(A, "B0999TTY2027", "UCR-1", LocalDate.of(2027, 3, 1), CNY_100,
                CNY_100)), "POST", "/claims/" + A + "/registration", null);
        RecordedRequest linked = expect(c -> c.claims().requestPayment(A, new ClaimPaymentRequest(B, CNY_100, A), 4), "POST",
                "/claims/" + A + "/payments", "\"4\"");
        assertThat(linked.getBody().utf8()).contains("\"cashCallId\":\"" + A + "\"");
        expect(c -> c.settlements().brokerageStatements("2027Q1", null), "GET", "/brokerage-statements?period=2027Q1", null);
    }

    @Test
    void readsAnAccountAndAnAccountChangeFromTheFeed() {
        String ta = "{\"id\":\"" + A + "\",\"placementId\":\"" + B + "\",\"contractReference\":\"B0999TTY2027\",\"period\":\"2027Q1\","
                + "\"currency\":\"CNY\",\"accountVersion\":1,\"kind\":\"ORIGINAL\",\"status\":\"ISSUED\",\"cedentId\":\"" + B
                + "\",\"brokerId\":\"" + B + "\",\"items\":[{\"type\":\"PREMIUM\",\"amount\":{\"amount\":\"1000000.00\",\"currency\":\"CNY\"}}],"
                + "\"balance\":{\"amount\":\"225000.00\",\"currency\":\"CNY\"},\"memoTotal\":{\"amount\":\"0.00\",\"currency\":\"CNY\"},"
                + "\"statedDifference\":{\"amount\":\"0.00\",\"currency\":\"CNY\"},\"flagged\":false,\"direction\":\"DUE_TO_REINSURERS\","
                + "\"shares\":[{\"participantId\":\"" + A + "\",\"signedShare\":\"20.0000\",\"amount\":{\"amount\":\"45000.00\",\"currency\":\"CNY\"},"
                + "\"response\":\"PENDING\"}],\"createdAt\":\"2027-04-01T00:00:00Z\",\"version\":2}";
        server.enqueue(new MockResponse.Builder().code(200).body(ta).build());
        TechnicalAccount read = client.accounts().get(A);
        assertThat(read.shares().get(0).amount()).isEqualTo(new Money("45000.00", "CNY"));
        assertThat(read.shares().get(0).response()).isEqualTo(ParticipantResponse.PENDING);
        server.enqueue(new MockResponse.Builder().code(200).body("{\"items\":[{\"cursor\":\"c1\",\"entityType\":\"TECHNICAL_ACCOUNT\",\"entityId\":\""
                + A + "\",\"action\":\"ACCOUNT_ISSUED\",\"occurredAt\":\"2027-04-01T00:00:00Z\",\"technicalAccount\":" + ta
                + "}],\"nextCursor\":\"c1\",\"hasMore\":false}").build());
        Change ch = client.changes().page(null, null).items().get(0);
        assertThat(ch.entityType()).isEqualTo(ChangeEntityType.TECHNICAL_ACCOUNT);
        assertThat(ch.technicalAccount()).isEqualTo(read);
        assertThat(ch.placement()).isNull();
    }

    @Test
    void problemsCarryTheirCodeAndField() {
        server.enqueue(new MockResponse.Builder().code(422).addHeader("Content-Type", "application/problem+json")
                .body("{\"type\":\"https://redesk.io/problems/claim-no-ta-item\",\"title\":\"Rule\",\"status\":422,"
                        + "\"code\":\"CLAIM_NO_TA_ITEM\",\"field\":\"technicalAccountId\"}").build());
        Assertions.assertThatThrownBy(() -> client.claims().requestPayment(A, new ClaimPaymentRequest(B, CNY_100), 1))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.code()).isEqualTo("CLAIM_NO_TA_ITEM");
                    assertThat(e.field()).contains("technicalAccountId");
                });
        server.enqueue(new MockResponse.Builder().code(412).addHeader("Content-Type", "application/problem+json")
                .body("{\"type\":\"https://redesk.io/problems/version-mismatch\",\"title\":\"Stale\",\"status\":412,"
                        + "\"code\":\"VERSION_MISMATCH\",\"currentVersion\":4}").build());
        Assertions.assertThatThrownBy(() -> client.accounts().issue(A, 3))
                .isInstanceOfSatisfying(PreconditionFailedException.class, e -> assertThat(e.currentVersion()).contains("4"));
    }
}
