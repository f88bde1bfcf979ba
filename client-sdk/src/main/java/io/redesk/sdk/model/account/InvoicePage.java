package io.redesk.sdk.model.account;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A page of invoices. Wire form of the {@code InvoicePage} schema of openapi.yaml; required: {@code items}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record InvoicePage(
        List<Invoice> items,
        String nextCursor) {
    /** Copies lists so instances stay immutable. */
    public InvoicePage {
        items = items == null ? null : List.copyOf(items);
    }
}
