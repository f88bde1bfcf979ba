package io.redesk.exchange.account;

import io.redesk.domain.tax.RedLetterReversal;
import io.redesk.domain.tax.VatRules;
import io.redesk.domain.tax.VatTreatment;
import io.redesk.exchange.auth.Caller;
import io.redesk.exchange.feed.ChangeFeed;
import io.redesk.exchange.http.Access;
import io.redesk.exchange.http.Api;
import io.redesk.exchange.http.ApiProblem;
import io.redesk.exchange.http.ApiResponse;
import io.redesk.exchange.http.Mutation;
import io.redesk.exchange.http.Paging;
import io.redesk.exchange.http.Wire;
import io.redesk.exchange.placement.Visibility;
import io.redesk.sdk.model.account.AccountKind;
import io.redesk.sdk.model.account.AccountShare;
import io.redesk.sdk.model.account.AccountStatus;
import io.redesk.sdk.model.account.Invoice;
import io.redesk.sdk.model.account.InvoiceIssueRequest;
import io.redesk.sdk.model.account.InvoicePage;
import io.redesk.sdk.model.account.InvoiceRequest;
import io.redesk.sdk.model.account.InvoiceStatus;
import io.redesk.sdk.model.account.InvoiceVoidRequest;
import io.redesk.sdk.model.account.TechnicalAccount;
import org.jdbi.v3.core.Handle;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Invoices for a reinsurer's share of an issued account, with the VAT treatment {@code domain}'s
 * {@link VatRules} decides: exempt business is EXEMPT at once; where a domestic cedent pays an overseas
 * reinsurer the cedent withholds the VAT and issues the withholding certificate; otherwise the
 * reinsurer issues the invoice with the VAT it charges. Numbers are unique per issuer, red-letter
 * numbers included. Every move goes through {@link io.redesk.domain.tax.Invoice} (and so its workflow).
 */
public final class InvoiceRoutes {
    private final Api api;
    private final Accounts accounts;
    private final AccountStore store;

    public InvoiceRoutes(Api api, Accounts accounts) {
        this.api = api;
        this.accounts = accounts;
        this.store = accounts.store();
    }

    public void register() {
        api.get("/invoices", (ctx, caller, h) -> {
            Paging.Request pr = Paging.request(ctx, "cursor", 50, 200);
            List<AccountStore.Row<Invoice>> rows = store.invoicesOf(h, caller.organisationId(), caller.isExchange(),
                    pr.after() == null ? 0 : pr.after(), pr.limit() + 1);
            return ApiResponse.ok(new InvoicePage(rows.subList(0, Math.min(rows.size(), pr.limit())).stream().map(AccountStore.Row::doc).toList(),
                    Paging.next(rows, pr.limit(), AccountStore.Row::seq)));
        });
        api.post("/invoices", this::request);
        api.get("/invoices/{invoiceId}", (ctx, caller, h) -> {
            Invoice i = visible(h, caller, Access.uuid(ctx.pathParam("invoiceId"), "invoiceId"));
            return ApiResponse.ok(i, i.version());
        });
        api.post("/invoices/{invoiceId}/issue", this::issue);
        api.post("/invoices/{invoiceId}/deliver", m -> step(m, true, (i, d) -> d.deliver()));
        api.post("/invoices/{invoiceId}/confirm", m -> step(m, false, (i, d) -> d.confirm()));
        api.post("/invoices/{invoiceId}/void", this::voidInvoice);
    }

    private Invoice visible(Handle h, Caller caller, UUID id) {
        Invoice i = store.invoice(h, id).orElseThrow(ApiProblem::notFound);
        if (!Visibility.bilateral(caller.organisationId(), caller.isExchange(), i.issuerId(), i.recipientId())) {
            throw ApiProblem.notFound();
        }
        return i;
    }

    private ApiResponse request(Mutation m) {
        InvoiceRequest req = api.json().read(m.body(), "InvoiceRequest", InvoiceRequest.class);
        TechnicalAccount a = accounts.visible(m.h(), m.caller(), req.technicalAccountId());
        UUID me = m.caller().organisationId();
        if (!me.equals(a.cedentId()) && !me.equals(req.reinsurerId())) {
            throw ApiProblem.forbidden("the invoice of a share is requested by the cedent or by that reinsurer");
        }
        Accounts.requireFinance(m.caller(), me, "request an invoice");
        if (a.status() == AccountStatus.DRAFT || a.status() == AccountStatus.SUPERSEDED || a.kind() == AccountKind.REVERSAL) {
            throw ApiProblem.conflict("ILLEGAL_TRANSITION", "invoices are for issued accounts in force; this one is " + a.status());
        }
        AccountShare share = a.shares().stream().filter(s -> s.participantId().equals(req.reinsurerId())).findFirst()
                .orElseThrow(() -> ApiProblem.rule("NOT_A_PARTICIPANT", "reinsurerId", "the reinsurer has no share of this account"));
        io.redesk.domain.money.Money gross = Wire.money(share.amount(), "amount");
        if (!gross.isPositive()) {
            throw ApiProblem.rule("NOTHING_TO_INVOICE", "technicalAccountId", "the reinsurer's share is " + gross + "; nothing is due to it");
        }
        if (!store.openInvoices(m.h(), a.id(), req.reinsurerId()).isEmpty()) {
            throw ApiProblem.conflict("INVOICE_EXISTS", "the share already has an invoice that is not voided");
        }
        var reinsurer = accounts.directory().domainOrganisation(m.h(), req.reinsurerId()).orElseThrow();
        var cedent = accounts.directory().domainOrganisation(m.h(), a.cedentId()).orElseThrow();
        VatTreatment t = VatRules.assess(reinsurer, cedent, gross, req.consumedWhollyAbroad());
        UUID id = UUID.randomUUID();
        io.redesk.domain.money.Money zero = io.redesk.domain.money.Money.zero(gross.currency());
        InvoiceStatus exempt = InvoiceStatus.valueOf(io.redesk.domain.tax.Invoice.request(id.toString(), gross, zero).exempt().status().name());
        Invoice inv;
        if (t instanceof VatTreatment.Exempt e) {
            inv = invoice(id, a, req.reinsurerId(), a.cedentId(), "EXEMPT", e.legalBasis(), gross, zero, gross, exempt, m);
        } else if (t instanceof VatTreatment.Withheld w) {
            inv = invoice(id, a, a.cedentId(), req.reinsurerId(), "WITHHELD", "withholding by the domestic cedent", gross, w.withheld(),
                    w.netPaid(), InvoiceStatus.REQUESTED, m);
        } else if (t instanceof VatTreatment.ChargedByProvider ch) {
            inv = invoice(id, a, req.reinsurerId(), a.cedentId(), "CHARGED", null, gross, ch.vat(), gross, InvoiceStatus.REQUESTED, m);
        } else {
            inv = invoice(id, a, req.reinsurerId(), a.cedentId(), "OUT_OF_SCOPE", "outside Chinese VAT (overseas cedent and reinsurer)",
                    gross, zero, gross, exempt, m);
        }
        store.insert(m.h(), inv);
        accounts.publishOther(m, ChangeFeed.EntityType.INVOICE, inv.id(), a.placementId(), "INVOICE_REQUESTED", inv,
                List.of(inv.issuerId(), inv.recipientId()));
        return ApiResponse.created(inv, inv.version(), "/invoices/" + inv.id());
    }

    private static Invoice invoice(UUID id, TechnicalAccount a, UUID issuer, UUID recipient, String treatment, String basis,
                                   io.redesk.domain.money.Money gross, io.redesk.domain.money.Money vat, io.redesk.domain.money.Money net,
                                   InvoiceStatus status, Mutation m) {
        UUID reinsurer = issuer.equals(a.cedentId()) ? recipient : issuer;
        return new Invoice(id, a.id(), issuer, recipient, reinsurer, a.cedentId(), io.redesk.sdk.model.account.VatTreatment.valueOf(treatment),
                basis, Wire.money(gross), Wire.money(vat), Wire.money(net), status, null, null, null, m.now(), 1);
    }

    /** The stored invoice as {@code domain}'s. */
    private static io.redesk.domain.tax.Invoice toDomain(Invoice i) {
        Optional<RedLetterReversal> red = i.redInvoiceNumber() == null ? Optional.empty()
                : Optional.of(new RedLetterReversal(i.redInvoiceNumber(), Wire.money(i.gross(), "gross").negate(),
                Wire.money(i.vat(), "vat").negate(), java.time.LocalDate.now(ZoneOffset.UTC), i.voidReason()));
        return new io.redesk.domain.tax.Invoice(i.id().toString(), Wire.money(i.gross(), "gross"), Wire.money(i.vat(), "vat"),
                io.redesk.domain.tax.InvoiceStatus.valueOf(i.status().name()), Optional.ofNullable(i.invoiceNumber()), red);
    }

    private static Invoice with(Invoice i, io.redesk.domain.tax.Invoice d, String redNumber, String reason) {
        return new Invoice(i.id(), i.technicalAccountId(), i.issuerId(), i.recipientId(), i.reinsurerId(), i.cedentId(), i.treatment(),
                i.legalBasis(), i.gross(), i.vat(), i.net(), InvoiceStatus.valueOf(d.status().name()), d.invoiceNumber().orElse(null),
                redNumber == null ? i.redInvoiceNumber() : redNumber, reason == null ? i.voidReason() : reason, i.createdAt(), i.version() + 1);
    }

    @FunctionalInterface
    private interface Step {
        io.redesk.domain.tax.Invoice apply(Invoice stored, io.redesk.domain.tax.Invoice domain);
    }

    private ApiResponse step(Mutation m, boolean byIssuer, Step step) {
        Invoice i = visible(m.h(), m.caller(), Access.uuid(m.pathParam("invoiceId"), "invoiceId"));
        Accounts.requireFinance(m.caller(), byIssuer ? i.issuerId() : i.recipientId(),
                byIssuer ? "move the invoice (the issuer's FINANCE)" : "confirm the invoice (the recipient's FINANCE)");
        m.requireVersion(i.version());
        io.redesk.domain.tax.Invoice d = Accounts.move(() -> step.apply(i, toDomain(i)));
        Invoice n = with(i, d, null, null);
        store.update(m.h(), n);
        accounts.publishOther(m, ChangeFeed.EntityType.INVOICE, n.id(), null, "INVOICE_" + n.status(), n, List.of(n.issuerId(), n.recipientId()));
        return ApiResponse.ok(n, n.version());
    }

    private ApiResponse issue(Mutation m) {
        Invoice i = visible(m.h(), m.caller(), Access.uuid(m.pathParam("invoiceId"), "invoiceId"));
        Accounts.requireFinance(m.caller(), i.issuerId(), "issue the invoice (the issuer's FINANCE)");
        m.requireVersion(i.version());
        InvoiceIssueRequest req = api.json().read(m.body(), "InvoiceIssueRequest", InvoiceIssueRequest.class);
        String number = unusedNumber(m.h(), i, req.invoiceNumber(), "invoiceNumber");
        Invoice n = with(i, Accounts.move(() -> toDomain(i).issue(number)), null, null);
        store.update(m.h(), n);
        accounts.publishOther(m, ChangeFeed.EntityType.INVOICE, n.id(), null, "INVOICE_ISSUED", n, List.of(n.issuerId(), n.recipientId()));
        return ApiResponse.ok(n, n.version());
    }

    /** The number exactly as sent, refused when the issuer already used it (invoice or red-letter). */
    private String unusedNumber(Handle h, Invoice i, String text, String field) {
        String number = Wire.code(text, field);
        if (store.invoiceNumberTaken(h, i.issuerId(), number)) {
            throw ApiProblem.conflict("DUPLICATE_INVOICE_NUMBER", "the issuer already used invoice number " + number);
        }
        return number;
    }

    private ApiResponse voidInvoice(Mutation m) {
        Invoice i = visible(m.h(), m.caller(), Access.uuid(m.pathParam("invoiceId"), "invoiceId"));
        Accounts.requireFinance(m.caller(), i.issuerId(), "void the invoice (the issuer's FINANCE)");
        m.requireVersion(i.version());
        InvoiceVoidRequest req = api.json().read(m.body(), "InvoiceVoidRequest", InvoiceVoidRequest.class);
        String number = unusedNumber(m.h(), i, req.redInvoiceNumber(), "redInvoiceNumber");
        io.redesk.domain.tax.Invoice d = toDomain(i);
        RedLetterReversal red = new RedLetterReversal(number, d.amount().negate(), d.vat().negate(), m.now().atZone(ZoneOffset.UTC).toLocalDate(),
                req.reason());
        Invoice n = with(i, Accounts.move(() -> d.voidWith(red)), number, req.reason());
        store.update(m.h(), n);
        accounts.publishOther(m, ChangeFeed.EntityType.INVOICE, n.id(), null, "INVOICE_VOIDED", n, List.of(n.issuerId(), n.recipientId()));
        return ApiResponse.ok(n, n.version());
    }
}
