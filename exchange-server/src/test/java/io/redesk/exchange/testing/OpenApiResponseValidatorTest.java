package io.redesk.exchange.testing;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The validator must reject what the contract does not allow, or every "validated" test proves nothing. */
class OpenApiResponseValidatorTest {
    private final OpenApiResponseValidator v = OpenApiResponseValidator.get();

    private static byte[] b(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void acceptsADocumentedProblem() {
        assertThatCode(() -> v.assertValid("GET", "/placements/3f2b8c1e-8d4a-4b6e-9c1f-2a7d5e6f8091", 404, "application/problem+json",
                b("{\"type\":\"https://redesk.io/problems/not-found\",\"title\":\"Not found\",\"status\":404,\"code\":\"NOT_FOUND\"}")))
                .doesNotThrowAnyException();
    }

    @Test
    void rejectsABodyMissingARequiredProperty() {
        assertThatThrownBy(() -> v.assertValid("GET", "/health", 200, "application/json", b("{\"status\":\"UP\"}")))
                .isInstanceOf(AssertionError.class).hasMessageContaining("version");
    }

    @Test
    void rejectsAMalformedUuid() {
        assertThatThrownBy(() -> v.assertValid("GET", "/reinsurers", 200, "application/json",
                b("{\"items\":[{\"organisation\":{\"id\":\"not-a-uuid\",\"name\":\"x\",\"type\":\"REINSURER\",\"country\":\"CN\",\"overseas\":false},\"ratings\":[]}]}")))
                .isInstanceOf(AssertionError.class).hasMessageContaining("uuid");
    }

    @Test
    void rejectsAnUndocumentedStatusAndContentType() {
        assertThatThrownBy(() -> v.assertValid("GET", "/me", 418, "application/json", b("{}")))
                .isInstanceOf(AssertionError.class).hasMessageContaining("does not document");
        assertThatThrownBy(() -> v.assertValid("GET", "/me", 401, "text/html", b("<html/>")))
                .isInstanceOf(AssertionError.class).hasMessageContaining("Content-Type");
        assertThatThrownBy(() -> v.assertValid("DELETE", "/me", 200, "application/json", b("{}")))
                .isInstanceOf(AssertionError.class).hasMessageContaining("not in openapi.yaml");
    }
}
