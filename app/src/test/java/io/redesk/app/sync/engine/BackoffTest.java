package io.redesk.app.sync.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {

    private final Backoff backoff = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(30));

    @Test
    void doublesPerAttemptWithinHalfToFullOfTheStep() {
        assertThat(backoff.delay(1, 0.0)).isEqualTo(Duration.ofMillis(500));
        assertThat(backoff.delay(1, 0.999)).isBetween(Duration.ofMillis(990), Duration.ofMillis(1000));
        assertThat(backoff.delay(2, 0.0)).isEqualTo(Duration.ofSeconds(1));
        assertThat(backoff.delay(3, 0.0)).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void neverExceedsTheCapEvenAfterManyAttempts() {
        assertThat(backoff.delay(10, 0.999)).isLessThanOrEqualTo(Duration.ofSeconds(30));
        assertThat(backoff.delay(1_000, 0.999)).isLessThanOrEqualTo(Duration.ofSeconds(30));
        assertThat(backoff.delay(1_000, 0.0)).isEqualTo(Duration.ofSeconds(15));
    }

    @Test
    void badJitterFallsBackToTheMiddle() {
        assertThat(backoff.delay(1, 7.0)).isEqualTo(Duration.ofMillis(750));
    }

    @Test
    void rejectsACapBelowTheStart() {
        assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(2), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("initial <= max");
    }
}
