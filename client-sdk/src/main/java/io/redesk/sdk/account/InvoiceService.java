package io.redesk.sdk.account;

import io.redesk.sdk.RequestOptions;
import io.redesk.sdk.model.account.Invoice;
import io.redesk.sdk.model.account.InvoiceIssueRequest;
import io.redesk.sdk.model.account.InvoicePage;
import io.redesk.sdk.model.account.InvoiceRequest;
import io.redesk.sdk.model.account.InvoiceVoidRequest;
import io.redesk.sdk.paging.Page;
import io.redesk.sdk.transport.ApiRequest;
import io.redesk.sdk.transport.BaseService;
import io.redesk.sdk.transport.RequestExecutor;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Invoices ({@code /invoices}): requested for a reinsurer's share of an issued account, with the VAT
 * treatment the exchange decides; issued under a number unique per issuer, delivered, confirmed, or
 * voided with a red-letter reversal.
 */
public final class InvoiceService extends BaseService<InvoiceService> {

    public InvoiceService(RequestExecutor executor, RequestOptions options) {
        super(executor, options);
    }

    @Override
    protected InvoiceService copy(RequestOptions o) {
        return new InvoiceService(executor, o);
    }

    public Page<Invoice> list(String cursor, Integer limit) {
        InvoicePage p = call(ApiRequest.get("invoices").query("cursor", cursor).query("limit", limit(limit, 200)), InvoicePage.class);
        return page(p.items(), p.nextCursor());
    }

    public Stream<Invoice> listAll() {
        return all(c -> list(c, null));
    }

    public Invoice get(UUID invoiceId) {
        return call(ApiRequest.get("invoices", id("invoiceId", invoiceId)), Invoice.class);
    }

    public Invoice request(InvoiceRequest request) {
        return call(ApiRequest.post("invoices").body(required("request", request)), Invoice.class);
    }

    public Invoice issue(UUID invoiceId, String invoiceNumber, long expectedVersion) {
        return callIfMatch(ApiRequest.post("invoices", id("invoiceId", invoiceId), "issue")
                .body(new InvoiceIssueRequest(required("invoiceNumber", invoiceNumber))), expectedVersion, Invoice.class);
    }

    public Invoice deliver(UUID invoiceId, long expectedVersion) {
        return callIfMatch(ApiRequest.post("invoices", id("invoiceId", invoiceId), "deliver"), expectedVersion, Invoice.class);
    }

    public Invoice confirm(UUID invoiceId, long expectedVersion) {
        return callIfMatch(ApiRequest.post("invoices", id("invoiceId", invoiceId), "confirm"), expectedVersion, Invoice.class);
    }

    public Invoice voidWith(UUID invoiceId, String redInvoiceNumber, String reason, long expectedVersion) {
        return callIfMatch(ApiRequest.post("invoices", id("invoiceId", invoiceId), "void")
                .body(new InvoiceVoidRequest(required("redInvoiceNumber", redInvoiceNumber), required("reason", reason))),
                expectedVersion, Invoice.class);
    }
}
