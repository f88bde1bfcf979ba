package io.redesk.app.sync.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.redesk.app.ui.conflicts.RejectionHints;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.NotBlank;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class RefusalTest {

    @Property
    void theKeptLineReadsBackAsTheSameRefusal(@ForAll @IntRange(min = 400, max = 599) int status,
                                              @ForAll @AlphaChars @NotBlank @StringLength(max = 20) String code,
                                              @ForAll @StringLength(max = 60) String detail,
                                              @ForAll Optional<@AlphaChars @NotBlank @StringLength(max = 12) String> field) {
        Refusal r = new Refusal(status, code, detail, field);
        assertThat(Refusal.parse(r.text())).contains(r);
    }

    @Test
    void aDetailThatMentionsAFieldDoesNotNameOne() {
        Refusal r = Refusal.parse("HTTP 422 VALIDATION_FAILED: the [field premium] rule").orElseThrow();
        assertThat(r.field()).isEmpty();
        assertThat(r.detail()).isEqualTo("the [field premium] rule");
    }

    @Test
    void theFieldIsReadFromTheEndOfTheLine() {
        Refusal r = Refusal.parse("HTTP 422 VALIDATION_FAILED: must be positive [field premium.amount]").orElseThrow();
        assertThat(r.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(r.field()).contains("premium.amount");
        assertThat(r.status()).isEqualTo(422);
    }

    @Test
    void aLocalFailureIsNoRefusalAndGetsTheGeneralHint() {
        assertThat(Refusal.parse("IllegalStateException: disk full")).isEmpty();
        assertThat(RejectionHints.hintKey("IllegalStateException: VALIDATION in the text")).isEqualTo("sync.hint.other");
    }

    @Test
    void theHintFollowsTheCode() {
        assertThat(RejectionHints.hintKey("HTTP 409 PLACEMENT_CLOSED: closed")).isEqualTo("sync.hint.state");
        assertThat(RejectionHints.hintKey("HTTP 422 VALIDATION_FAILED: x [field premium]")).isEqualTo("sync.hint.validation");
        assertThat(RejectionHints.hintKey("HTTP 412 VERSION_MISMATCH: newer")).isEqualTo("sync.hint.version");
        assertThat(RejectionHints.hintKey("HTTP 404 NOT_FOUND")).isEqualTo("sync.hint.permission");
    }
}
