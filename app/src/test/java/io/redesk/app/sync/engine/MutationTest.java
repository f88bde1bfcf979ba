package io.redesk.app.sync.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.junit.jupiter.api.Test;

class MutationTest {

    @Test
    void roundTripsEveryPart() {
        var body = JsonNodeFactory.instance.objectNode().put("information", "x");
        var base = JsonNodeFactory.instance.objectNode().put("information", "b");
        Mutation m = Mutation.of(body).withTarget("q1").withBase(7L, base).withPlacement("p1");
        assertThat(Mutation.fromJson(m.toJson())).isEqualTo(m);
    }

    @Test
    void aChainedChangeHasNoBaseVersion() {
        Mutation m = Mutation.fromJson(Mutation.of(null).toJson());
        assertThat(m.baseVersion()).isNull();
        assertThat(m.body().isObject()).isTrue();
    }

    @Test
    void refusesAPayloadThatIsNotAnObject() {
        assertThatThrownBy(() -> Mutation.fromJson(JsonNodeFactory.instance.textNode("x")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a JSON object");
    }
}
