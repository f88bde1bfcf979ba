package io.redesk.sdk.model.party;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.UUID;

/**
 * Wire form of the {@code Organisation} schema of openapi.yaml; required: {@code id}, {@code
 * name}, {@code type}, {@code country}, {@code overseas}. {@code nameZh} (the registered Chinese name)
 * is optional: absent when the reference data has none, and from exchanges older than it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Organisation(
        UUID id,
        String name,
        OrgType type,
        String country,
        boolean overseas,
        String nameZh) {

    /** An organisation without a Chinese name in the reference data. */
    public Organisation(UUID id, String name, OrgType type, String country, boolean overseas) {
        this(id, name, type, country, overseas, null);
    }
}
