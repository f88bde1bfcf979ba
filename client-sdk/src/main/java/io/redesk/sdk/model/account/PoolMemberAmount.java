package io.redesk.sdk.model.account;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.redesk.sdk.model.Money;
import java.util.UUID;

/**
 * A pool member's part of the pool's share. Wire form of the {@code PoolMemberAmount} schema of openapi.yaml; required: {@code organisationId}, {@code share}, {@code amount}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record PoolMemberAmount(
        UUID organisationId,
        String share,
        Money amount) {
}
