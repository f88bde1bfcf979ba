package io.redesk.sdk.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.redesk.sdk.MockExchange;
import io.redesk.sdk.RequestOptions;
import io.redesk.sdk.transport.ApiRequest;
import io.redesk.sdk.transport.ApiResponse;
import java.util.Map;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ErrorMappingTest extends MockExchange {

    private static MockResponse problem(int status, String body, String... headers) {
        MockResponse.Builder b = new MockResponse.Builder().code(status)
                .addHeader("Content-Type", "application/problem+json").body(body);
        for (int i = 0; i < headers.length; i += 2) {
            b.addHeader(headers[i], headers[i + 1]);
        }
        return b.build();
    }

    private void update() {
        client.transport().execute(ApiRequest.put("placements", "p-1").body(Map.of("title", "x"))
                .options(RequestOptions.ifMatch(3)).build(), JsonNode.class);
    }

    @Test
    void preconditionFailedCarriesTheCurrentVersionFromTheProblem() throws Exception {
        server.enqueue(problem(412, "{\"type\":\"https://redesk.io/problems/version-mismatch\",\"title\":\"Stale\","
                + "\"status\":412,\"code\":\"version_mismatch\",\"detail\":\"placement is at version 5\","
                + "\"currentVersion\":5}", "X-Request-Id", "req-77", "ETag", "\"5\""));

        assertThatThrownBy(this::update).isInstanceOfSatisfying(PreconditionFailedException.class, e -> {
            assertThat(e.status()).isEqualTo(412);
            assertThat(e.code()).isEqualTo("version_mismatch");
            assertThat(e.currentVersion()).contains("5");
            assertThat(e.requestId()).contains("req-77");
            assertThat(e.detail()).contains("placement is at version 5");
            assertThat(e).isInstanceOf(ConflictException.class);
        });
        assertThat(take().getHeaders().get("If-Match")).isEqualTo("\"3\"");
    }

    @Test
    void preconditionFailedFallsBackToTheEtagHeader() {
        server.enqueue(problem(412, "{\"status\":412}", "ETag", "W/\"9\""));
        assertThatThrownBy(this::update).isInstanceOfSatisfying(PreconditionFailedException.class, e -> {
            assertThat(e.currentVersion()).contains("9");
            assertThat(e.code()).isEqualTo("PRECONDITION_FAILED");
        });
    }

    @Test
    void validationProblemNamesTheFieldAndEveryError() {
        server.enqueue(problem(422, "{\"title\":\"Invalid\",\"status\":422,\"code\":\"validation_failed\","
                + "\"detail\":\"2 fields are invalid\",\"errors\":[{\"field\":\"order.percent\",\"code\":\"range\","
                + "\"detail\":\"must be 0..100\"},{\"field\":\"umr\",\"code\":\"required\",\"detail\":\"missing\"}],"
                + "\"traceHint\":\"abc\"}", "X-Request-Id", "req-9"));

        assertThatThrownBy(this::update).isInstanceOfSatisfying(ValidationException.class, e -> {
            assertThat(e.field()).contains("order.percent");
            assertThat(e.problem()).get().satisfies(p -> {
                assertThat(p.errors()).extracting(Problem.FieldError::field).containsExactly("order.percent", "umr");
                assertThat(p.extensions()).containsEntry("traceHint", "abc");
                assertThat(p.title()).isEqualTo("Invalid");
            });
            assertThat(e.getMessage()).contains("422", "validation_failed", "order.percent", "req-9");
        });
    }

    @ParameterizedTest
    @CsvSource({"400,ValidationException", "401,AuthenticationException", "403,ForbiddenException",
            "404,NotFoundException", "409,ConflictException", "413,ValidationException",
            "415,ValidationException", "428,PreconditionFailedException", "418,ExchangeException"})
    void eachStatusMapsToItsCategory(int status, String type) {
        server.enqueue(problem(status, "{\"status\":" + status + "}"));
        assertThatThrownBy(this::update).isInstanceOfSatisfying(ExchangeException.class, e -> {
            assertThat(e.getClass().getSimpleName()).isEqualTo(type);
            assertThat(e.status()).isEqualTo(status);
            assertThat(e.code()).isNotBlank();
        });
    }

    @Test
    void aNonJsonErrorBodyStillGivesTheStatusAndTheSdkRequestId() throws Exception {
        server.enqueue(new MockResponse.Builder().code(404).body("<html>nope</html>").build());
        assertThatThrownBy(this::update).isInstanceOfSatisfying(NotFoundException.class, e -> {
            assertThat(e.code()).isEqualTo("NOT_FOUND");
            assertThat(e.problem()).isEmpty();
            assertThat(e.requestId()).isPresent();
        });
        String sent = take().getHeaders().get("X-Request-Id");
        assertThat(sent).isNotBlank();
    }

    @Test
    void successExposesEtagVersionAndRequestId() {
        server.enqueue(new MockResponse.Builder().code(200).addHeader("ETag", "\"7\"").addHeader("X-Request-Id", "r1")
                .body("{\"id\":\"p-1\"}").build());
        ApiResponse<JsonNode> r = client.transport().execute(ApiRequest.get("placements", "p-1").build(),
                JsonNode.class);
        assertThat(r.version()).contains("7");
        assertThat(r.requestId()).isEqualTo("r1");
    }

    @Test
    void aBodyThatDoesNotMatchTheTypeIsReportedNotHalfParsed() {
        server.enqueue(new MockResponse.Builder().code(200).body("[1,2]").build());
        assertThatThrownBy(() -> client.transport().execute(ApiRequest.get("x").build(), Map.class))
                .isInstanceOfSatisfying(ExchangeException.class, e -> assertThat(e.code()).isEqualTo("INVALID_RESPONSE"));
    }

    @Test
    void aCallerRequestIdIsPropagated() throws Exception {
        server.enqueue(new MockResponse.Builder().code(200).body("{}").build());
        client.transport().execute(ApiRequest.get("me").options(RequestOptions.builder().requestId("ui-123").build())
                .build(), JsonNode.class);
        assertThat(take().getHeaders().get("X-Request-Id")).isEqualTo("ui-123");
    }
}
