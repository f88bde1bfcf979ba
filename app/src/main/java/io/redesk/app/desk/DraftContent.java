package io.redesk.app.desk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;

/**
 * A slip draft's content in the vault: the typed form, and the slip it was typed on (ADR 0812), so a
 * reopened draft still knows what it changes. The base sits under an entry that is no field path.
 */
final class DraftContent {

    /** The draft entry holding the slip a kept draft was typed on (not a field path: the form ignores it). */
    private static final String BASE = "_base";

    private DraftContent() {
    }

    /** {@code form} with {@code base} (when the exchange knows the slip). */
    static ObjectNode withBase(SlipForm form, SlipOutbox.Base base) {
        ObjectNode json = form.toJson();
        if (base != null && base.serverVersion() != null) {
            ObjectNode b = json.putObject(BASE);
            b.set("slip", base.slip());
            b.put("serverVersion", base.serverVersion());
            b.set("serverDoc", base.serverDoc());
        }
        return json;
    }

    /** The slip a kept draft was typed on, if it kept one. */
    static Optional<SlipOutbox.Base> base(JsonNode content) {
        JsonNode b = content == null ? null : content.get(BASE);
        if (b == null || !b.isObject() || !b.hasNonNull("serverVersion")) {
            return Optional.empty();
        }
        return Optional.of(new SlipOutbox.Base(b.get("slip"), b.get("serverVersion").asLong(), b.get("serverDoc")));
    }
}
