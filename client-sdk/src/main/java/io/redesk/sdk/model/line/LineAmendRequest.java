package io.redesk.sdk.model.line;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Wire form of the {@code LineAmendRequest} schema of openapi.yaml; required: {@code
 * writtenShare}, {@code toStand}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record LineAmendRequest(
        String writtenShare,
        boolean toStand,
        String conditions) {
}
