package io.redesk.sdk.model.account;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.redesk.sdk.model.Money;
import java.util.UUID;

/**
 * One technical-account item. Wire form of the {@code TaItem} schema of openapi.yaml; required: {@code type}, {@code amount}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record TaItem(
        TaItemType type,
        Money amount,
        String reference,
        UUID claimId,
        String description,
        UUID cashCallId) {

    /** An item not accounted for a cash call. */
    public TaItem(TaItemType type, Money amount, String reference, UUID claimId, String description) {
        this(type, amount, reference, claimId, description, null);
    }
}
