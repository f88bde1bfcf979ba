package io.redesk.sdk.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redesk.sdk.RetryBudget;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RetryPolicyTest {

    private static final RetryBudget BUDGET =
            new RetryBudget(4, Duration.ofSeconds(10), Duration.ofMillis(100), Duration.ofMillis(1000));

    private static RetryDecision decide(int attempt, Failure failure, double jitter) {
        return RetryPolicy.decide(BUDGET, attempt, failure, Duration.ZERO, jitter);
    }

    @Test
    void retriesConnectionFailures() {
        assertThat(decide(1, new Failure.Connection("reset"), 0.5).retry()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(ints = {500, 502, 503, 504, 599, 408, 429})
    void retriesServerErrorsTimeoutsAndRateLimits(int status) {
        assertThat(decide(1, new Failure.Http(status, null), 0.5).retry()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(ints = {400, 401, 403, 404, 409, 410, 412, 413, 415, 422, 428})
    void neverRetriesOtherClientErrors(int status) {
        RetryDecision d = decide(1, new Failure.Http(status, null), 0.5);
        assertThat(d.retry()).isFalse();
        assertThat(d.delay()).isZero();
    }

    @Test
    void neverRetriesFatalTlsFailures() {
        assertThat(decide(1, new Failure.Fatal("pin mismatch"), 0.5).retry()).isFalse();
    }

    @Test
    void backoffDoublesPerAttemptWithFullJitter() {
        // jitter just below 1 shows the ceiling: 100, 200, 400 ms
        double top = Math.nextDown(1.0);
        assertThat(decide(1, new Failure.Connection("x"), top).delay().toMillis()).isEqualTo(99);
        assertThat(decide(2, new Failure.Connection("x"), top).delay().toMillis()).isEqualTo(199);
        assertThat(decide(3, new Failure.Connection("x"), top).delay().toMillis()).isEqualTo(399);
        assertThat(decide(1, new Failure.Connection("x"), 0.0).delay()).isZero();
        assertThat(decide(2, new Failure.Connection("x"), 0.5).delay()).isEqualTo(Duration.ofMillis(100));
    }

    @Test
    void backoffIsCappedAtMaxBackoff() {
        RetryBudget many = new RetryBudget(20, Duration.ofHours(1), Duration.ofMillis(100), Duration.ofMillis(1000));
        RetryDecision d = RetryPolicy.decide(many, 19, new Failure.Connection("x"), Duration.ZERO, 0.5);
        assertThat(d.delay()).isEqualTo(Duration.ofMillis(500));
    }

    @Test
    void obeysRetryAfterExactlyEvenAboveTheBackoffCap() {
        RetryDecision d = decide(1, new Failure.Http(429, Duration.ofSeconds(3)), 0.1);
        assertThat(d.retry()).isTrue();
        assertThat(d.delay()).isEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void givesUpWhenAttemptsAreSpent() {
        assertThat(decide(3, new Failure.Http(503, null), 0.5).retry()).isTrue();
        assertThat(decide(4, new Failure.Http(503, null), 0.5).retry()).isFalse();
    }

    @Test
    void givesUpWhenTheWaitWouldExceedTheTotalTime() {
        RetryDecision d = RetryPolicy.decide(BUDGET, 1, new Failure.Http(429, Duration.ofSeconds(11)),
                Duration.ZERO, 0.5);
        assertThat(d.retry()).isFalse();
        RetryDecision late = RetryPolicy.decide(BUDGET, 1, new Failure.Connection("x"), Duration.ofMillis(9_990),
                Math.nextDown(1.0));
        assertThat(late.retry()).isFalse();
    }

    @Test
    void oneAttemptBudgetNeverRetries() {
        assertThat(RetryPolicy.decide(RetryBudget.NONE, 1, new Failure.Connection("x"), Duration.ZERO, 0.5).retry())
                .isFalse();
    }

    @Test
    void rejectsJitterOutsideTheUnitInterval() {
        assertThatThrownBy(() -> decide(1, new Failure.Connection("x"), 1.0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("jitter");
    }
}
