package io.redesk.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {

    private final Backoff backoff = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(30));

    @Test
    void doublesPerFailedAttemptScaledByTheJitter() {
        assertThat(backoff.delay(1, 0.0)).isEqualTo(Duration.ZERO);
        assertThat(backoff.delay(1, 0.5)).isEqualTo(Duration.ofMillis(500));
        assertThat(backoff.delay(2, 0.5)).isEqualTo(Duration.ofSeconds(1));
        assertThat(backoff.delay(3, 0.5)).isEqualTo(Duration.ofSeconds(2));
        assertThat(backoff.delay(3, 0.999)).isBetween(Duration.ofMillis(3990), Duration.ofSeconds(4));
    }

    @Test
    void neverExceedsTheCapEvenAfterManyAttempts() {
        assertThat(backoff.delay(10, 0.999)).isLessThan(Duration.ofSeconds(30));
        assertThat(backoff.delay(1_000, 0.5)).isEqualTo(Duration.ofSeconds(15));
        assertThat(backoff.delay(Integer.MAX_VALUE, 0.999)).isLessThan(Duration.ofSeconds(30));
    }

    @Test
    void refusesJitterOutsideTheUnitIntervalAndAttemptsBelowOne() {
        assertThatThrownBy(() -> backoff.delay(1, 1.0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("jitter");
        assertThatThrownBy(() -> backoff.delay(1, Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> backoff.delay(0, 0.5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1-based");
    }

    @Test
    void rejectsACapBelowTheStart() {
        assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(2), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("initial <= max");
    }

    @Test
    void theRetryBudgetWaitsByTheSamePolicy() {
        RetryBudget budget = new RetryBudget(5, Duration.ofMinutes(1), Duration.ofMillis(200), Duration.ofSeconds(5));
        assertThat(budget.backoff().delay(4, 0.5)).isEqualTo(Duration.ofMillis(800));
    }
}
