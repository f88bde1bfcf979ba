package io.redesk.exchange.quote;

import io.redesk.exchange.auth.Caller;
import io.redesk.exchange.http.Access;
import io.redesk.exchange.http.Api;
import io.redesk.domain.quote.QuoteTimes;
import io.redesk.exchange.http.ApiProblem;
import io.redesk.exchange.http.ApiResponse;
import io.redesk.exchange.http.Mutation;
import io.redesk.exchange.http.Paging;
import io.redesk.exchange.http.Wire;
import io.redesk.exchange.party.SecurityScreen;
import io.redesk.exchange.placement.PlacementDocs;
import io.redesk.exchange.placement.PlacementRoutes;
import io.redesk.exchange.placement.PlacementStore;
import io.redesk.sdk.model.ReasonRequest;
import io.redesk.sdk.model.placement.Placement;
import io.redesk.sdk.model.placement.PlacementStatus;
import io.redesk.sdk.model.quote.Inquiry;
import io.redesk.sdk.model.quote.InquiryRequest;
import io.redesk.sdk.model.quote.Quote;
import io.redesk.sdk.model.quote.QuotePage;
import io.redesk.sdk.model.quote.QuoteStatus;
import io.redesk.sdk.model.quote.QuoteTermsRequest;
import org.jdbi.v3.core.Handle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Inquiries and quotes. A quote exists only for the placing broker/cedent and the quoting reinsurer;
 * for anyone else, the exchange included, it is 404 on every route.
 */
public final class QuoteRoutes {
    private final Api api;
    private final PlacementStore placements;
    private final QuoteStore quotes;
    private final QuoteSteps steps;
    private final SecurityScreen screen;

    public QuoteRoutes(Api api, PlacementStore placements, QuoteStore quotes, SecurityScreen screen) {
        this.api = api;
        this.placements = placements;
        this.quotes = quotes;
        this.steps = new QuoteSteps(quotes);
        this.screen = screen;
    }

    public void register() {
        api.post("/placements/{placementId}/inquiries", this::inquire);
        api.getTimed("/placements/{placementId}/quotes", (ctx, caller, h) -> {
            Placement p = placements.visible(h, caller, Access.uuid(ctx.pathParam("placementId"), "placementId"))
                    .orElseThrow(ApiProblem::notFound).placement();
            Paging.Request pr = Paging.request(ctx, "cursor", 50, 200);
            return ApiResponse.ok(page(quotes.ofPlacement(h, caller, p, pr.after() == null ? 0 : pr.after(), pr.limit() + 1), pr.limit()));
        });
        api.getTimed("/quotes", (ctx, caller, h) -> {
            Paging.Request pr = Paging.request(ctx, "cursor", 50, 200);
            String status = ctx.queryParam("status");
            if (status != null) {
                try {
                    QuoteStatus.valueOf(status);
                } catch (IllegalArgumentException e) {
                    throw ApiProblem.invalid("status", "is not a quote status");
                }
            }
            return ApiResponse.ok(page(quotes.ofCaller(h, caller, status, pr.after() == null ? 0 : pr.after(), pr.limit() + 1), pr.limit()));
        });
        api.getTimed("/quotes/{quoteId}", (ctx, caller, h) -> {
            Quote q = visible(h, caller, ctx.pathParam("quoteId"));
            return ApiResponse.ok(q, q.version());
        });
        api.post("/quotes/{quoteId}/prepare", m -> reinsurerStep(m, (q, p) -> {
            Quote n = QuoteSteps.withStatus(q, QuoteSteps.move(q.status(), QuoteStatus.PREPARING), null);
            return finish(m, p, n, "QUOTE_PREPARING", null);
        }));
        api.post("/quotes/{quoteId}/quote", m -> reinsurerStep(m, (q, p) -> quote(m, q, p)));
        api.post("/quotes/{quoteId}/decline", m -> reinsurerStep(m, (q, p) -> {
            ReasonRequest r = api.json().read(m.body(), "ReasonRequest", ReasonRequest.class);
            Quote n = QuoteSteps.withStatus(q, QuoteSteps.move(q.status(), QuoteStatus.DECLINED), r.reason());
            return finish(m, p, n, "QUOTE_DECLINED", null);
        }));
        api.post("/quotes/{quoteId}/accept", this::accept);
    }

    private static QuotePage page(List<QuoteStore.Listed> rows, int limit) {
        List<Quote> out = new ArrayList<>();
        for (QuoteStore.Listed r : rows.subList(0, Math.min(rows.size(), limit))) {
            out.add(r.quote());
        }
        return new QuotePage(out, Paging.next(rows, limit, QuoteStore.Listed::seq));
    }

    private Quote visible(Handle h, Caller caller, String id) {
        return quotes.visible(h, caller, Access.uuid(id, "quoteId")).orElseThrow(ApiProblem::notFound);
    }

    @FunctionalInterface
    private interface Step {
        ApiResponse apply(Quote q, Placement p);
    }

    /** A step by the quoting reinsurer's underwriter, on an inquiry still open, at the quote's current version. */
    private ApiResponse reinsurerStep(Mutation m, Step step) {
        Quote q = visible(m.h(), m.caller(), m.pathParam("quoteId"));
        Access.requireUnderwriter(m.caller(), q.reinsurerId(), "answer this quote request");
        m.requireVersion(q.version());
        Placement p = placements.find(m.h(), q.placementId()).orElseThrow();
        if (p.status() != PlacementStatus.INQUIRY) {
            throw ApiProblem.conflict("INQUIRY_CLOSED", "the placement is " + p.status() + ", no longer in inquiry");
        }
        return step.apply(q, p);
    }

    private ApiResponse finish(Mutation m, Placement p, Quote n, String action, String detail) {
        quotes.update(m.h(), n);
        quotes.publish(m, p, n, action, detail);
        return ApiResponse.ok(n, n.version());
    }

    private ApiResponse quote(Mutation m, Quote q, Placement p) {
        QuoteTermsRequest t = api.json().read(m.body(), "QuoteTermsRequest", QuoteTermsRequest.class);
        var premium = Wire.money(t.premium(), "premium");
        if (!premium.currency().getCurrencyCode().equals(p.currency())) {
            throw ApiProblem.rule("CURRENCY_MISMATCH", "premium.currency", "quote in the placement's currency " + p.currency());
        }
        if (!premium.isPositive()) {
            throw ApiProblem.invalid("premium.amount", "must be above zero");
        }
        Wire.lineShare(t.capacity(), "capacity");
        if (QuoteTimes.pastDeadline(q.quoteDeadline(), m.now())) {
            throw ApiProblem.rule("QUOTE_DEADLINE_PASSED", null, "the inquiry asked for quotes by " + q.quoteDeadline());
        }
        if (!t.validUntil().isAfter(m.now())) {
            throw ApiProblem.invalid("validUntil", "must be in the future");
        }
        QuoteStatus s = q.status();
        if (s == QuoteStatus.REQUESTED) {
            s = QuoteSteps.move(s, QuoteStatus.PREPARING);
        }
        s = QuoteSteps.move(s, QuoteStatus.QUOTED);
        Quote n = new Quote(q.id(), q.placementId(), q.inquiryId(), q.reinsurerId(), s, Wire.money(premium), t.rate(),
                Wire.text(Wire.share(t.capacity(), "capacity")), t.conditions(), t.subjectivities(), t.validUntil(), null,
                q.securityOverrideReason(), q.requestedAt(), m.now(), q.version() + 1, q.quoteDeadline(), q.inquiryMessage());
        return finish(m, p, n, "QUOTE_SUBMITTED", n.premium().currency() + " " + n.premium().amount());
    }

    private ApiResponse inquire(Mutation m) {
        Placement p = PlacementRoutes.placingAction(placements, m, "send an inquiry");
        InquiryRequest req = api.json().read(m.body(), "InquiryRequest", InquiryRequest.class);
        if (p.status() != PlacementStatus.SUBMITTED && p.status() != PlacementStatus.INQUIRY) {
            throw ApiProblem.conflict("ILLEGAL_TRANSITION", "inquiries go out from SUBMITTED or INQUIRY; the placement is " + p.status());
        }
        if (req.quoteDeadline() != null && !req.quoteDeadline().isAfter(m.now())) {
            throw ApiProblem.invalid("quoteDeadline", "must be in the future");
        }
        Map<UUID, String> overrides = SecurityScreen.overrides(req.securityOverrides());
        List<Quote> existing = quotes.forPlacement(m.h(), p.id());
        UUID inquiryId = UUID.randomUUID();
        List<Quote> created = new ArrayList<>();
        for (int i = 0; i < req.reinsurerIds().size(); i++) {
            UUID r = req.reinsurerIds().get(i);
            String field = "reinsurerIds[" + i + "]";
            String overrideReason = screen.clear(m.h(), m.caller(), p, r, overrides, field, m.now());
            if (existing.stream().anyMatch(q -> q.reinsurerId().equals(r) && QuoteSteps.OPEN.contains(q.status()))) {
                throw ApiProblem.rule("ALREADY_INVITED", field, "this reinsurer already has an open quote request on the placement");
            }
            Quote q = new Quote(UUID.randomUUID(), p.id(), inquiryId, r, QuoteStatus.REQUESTED, null, null, null, null, null,
                    null, null, overrideReason, m.now(), null, 1, req.quoteDeadline(), req.message());
            created.add(q);
            placements.addParticipant(m.h(), p.id(), r, "INQUIRY", overrideReason);
        }
        Placement updated = p;
        if (p.status() == PlacementStatus.SUBMITTED) {
            updated = PlacementDocs.withStatus(p, PlacementRoutes.move(p.status(), PlacementStatus.INQUIRY), m.now());
            placements.update(m.h(), updated);
        }
        placements.publish(m, updated, "INQUIRY_SENT", req.reinsurerIds().size() + " reinsurers");
        for (Quote q : created) {
            quotes.insert(m.h(), q);
            quotes.publish(m, updated, q, "QUOTE_REQUESTED", q.securityOverrideReason() == null ? null
                    : "security override: " + q.securityOverrideReason());
        }
        return ApiResponse.created(new Inquiry(inquiryId, p.id(), created, m.now()), null, "/placements/" + p.id() + "/quotes");
    }

    private ApiResponse accept(Mutation m) {
        Quote q = visible(m.h(), m.caller(), m.pathParam("quoteId"));
        Placement p = placements.find(m.h(), q.placementId()).orElseThrow();
        if (!m.caller().organisationId().equals(p.brokerId())) {
            throw ApiProblem.forbidden("only the placing broker accepts a quote");
        }
        Access.requirePlacingRole(m.caller(), "accept a quote");
        m.requireVersion(q.version());
        if (p.status() != PlacementStatus.INQUIRY) {
            throw ApiProblem.conflict("INQUIRY_CLOSED", "the placement is " + p.status() + ", no longer in inquiry");
        }
        if (q.status() == QuoteStatus.EXPIRED || QuoteTimes.lapsed(io.redesk.domain.quote.QuoteStatus.valueOf(q.status().name()),
                q.validUntil(), m.now())) {
            throw ApiProblem.rule("QUOTE_EXPIRED", null, "the quote was valid until " + q.validUntil());
        }
        Quote accepted = QuoteSteps.withStatus(q, QuoteSteps.move(q.status(), QuoteStatus.ACCEPTED), null);
        quotes.update(m.h(), accepted);
        quotes.publish(m, p, accepted, "QUOTE_ACCEPTED", null);
        steps.closeOpen(m, p, accepted.id());
        return ApiResponse.ok(accepted, accepted.version());
    }
}
