package io.redesk.app.desk;

import io.redesk.app.i18n.Language;
import io.redesk.sdk.model.party.Organisation;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Organisations' names by id, in the user's language: the Chinese name where the exchange's reference
 * data has one and the user reads Chinese, else the registered name. An id the reference data does not
 * know is shown as the id itself (never a blank). UI-free.
 */
public final class PartyNames {

    private final Map<UUID, Organisation> byId;

    private PartyNames(Map<UUID, Organisation> byId) {
        this.byId = byId;
    }

    /** The names of {@code organisations}. */
    public static PartyNames of(Collection<Organisation> organisations) {
        Map<UUID, Organisation> m = new HashMap<>();
        for (Organisation o : organisations) {
            m.put(o.id(), o);
        }
        return new PartyNames(Map.copyOf(m));
    }

    /** The name of organisation {@code id} in {@code language}; the id as text when it is unknown or null. */
    public String name(UUID id, Language language) {
        Objects.requireNonNull(language, "language");
        if (id == null) {
            return "";
        }
        Organisation o = byId.get(id);
        if (o == null) {
            return id.toString();
        }
        if (language == Language.CHINESE && o.nameZh() != null && !o.nameZh().isBlank()) {
            return o.nameZh();
        }
        return o.name();
    }

    /** As {@link #name(UUID, Language)} for an id in text form (as the wire and the vault keep it). */
    public String name(String id, Language language) {
        if (id == null || id.isBlank()) {
            return "";
        }
        try {
            return name(UUID.fromString(id.trim()), language);
        } catch (IllegalArgumentException notAnId) {
            return id;
        }
    }

    /** Whether organisation {@code id} is known. */
    public boolean knows(UUID id) {
        return id != null && byId.containsKey(id);
    }
}
