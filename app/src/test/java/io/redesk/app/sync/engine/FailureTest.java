package io.redesk.app.sync.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.redesk.sdk.error.ConflictException;
import io.redesk.sdk.error.NetworkException;
import io.redesk.sdk.error.PreconditionFailedException;
import io.redesk.sdk.error.RateLimitedException;
import io.redesk.sdk.error.ServerException;
import io.redesk.sdk.error.ValidationException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class FailureTest {

    @Test
    void noAnswerIsTransientAndMeansOffline() {
        Failure f = Failure.classify(new NetworkException("CONNECTION_FAILED", "r1", "refused", null));
        assertThat(f.kind()).isEqualTo(Failure.Kind.TRANSIENT);
        assertThat(f.unreachable()).isTrue();
    }

    @Test
    void serverErrorsAndRateLimitsAreTransientButReachable() {
        assertThat(Failure.classify(new ServerException(503, "UNAVAILABLE", "r", null, "m")))
                .satisfies(f -> {
                    assertThat(f.kind()).isEqualTo(Failure.Kind.TRANSIENT);
                    assertThat(f.unreachable()).isFalse();
                });
        assertThat(Failure.classify(new RateLimitedException(429, "RATE_LIMITED", "r", null, "m", Duration.ZERO)).kind())
                .isEqualTo(Failure.Kind.TRANSIENT);
    }

    @Test
    void validationAndStateConflictsArePermanentWithTheExchangesCode() {
        Failure v = Failure.classify(new ValidationException(400, "VALIDATION_FAILED", "r", null, "m"));
        assertThat(v.kind()).isEqualTo(Failure.Kind.PERMANENT);
        assertThat(v.reason()).contains("HTTP 400").contains("VALIDATION_FAILED");
        assertThat(Failure.classify(new ConflictException(409, "ILLEGAL_TRANSITION", "r", null, "m")).kind())
                .isEqualTo(Failure.Kind.PERMANENT);
    }

    @Test
    void aStaleVersionIsAConflictButAMissingOneIsOurBug() {
        assertThat(Failure.classify(new PreconditionFailedException(412, "VERSION_MISMATCH", "r", null, "m", "4")).kind())
                .isEqualTo(Failure.Kind.CONFLICT);
        assertThat(Failure.classify(new PreconditionFailedException(428, "PRECONDITION_REQUIRED", "r", null, "m", null))
                .kind()).isEqualTo(Failure.Kind.PERMANENT);
    }

    @Test
    void anythingElseIsPermanentSoItIsShownRatherThanRetriedForEver() {
        assertThat(Failure.classify(new IllegalArgumentException("bad payload")).kind()).isEqualTo(Failure.Kind.PERMANENT);
    }
}
