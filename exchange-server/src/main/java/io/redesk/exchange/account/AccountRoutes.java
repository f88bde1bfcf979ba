package io.redesk.exchange.account;

import io.redesk.domain.account.AccountWorkflow;
import io.redesk.domain.account.ParticipantResponse;
import io.redesk.domain.account.PremiumInstalments;
import io.redesk.domain.money.Share;
import io.redesk.domain.validation.ValidationException;
import io.redesk.exchange.auth.Caller;
import io.redesk.exchange.http.Access;
import io.redesk.exchange.http.Api;
import io.redesk.exchange.http.ApiProblem;
import io.redesk.exchange.http.ApiResponse;
import io.redesk.exchange.http.Hashing;
import io.redesk.exchange.http.Mutation;
import io.redesk.exchange.http.Paging;
import io.redesk.exchange.http.Wire;
import io.redesk.exchange.placement.PlacementStore;
import io.redesk.sdk.model.ReasonRequest;
import io.redesk.sdk.model.account.AccountKind;
import io.redesk.sdk.model.account.AccountShare;
import io.redesk.sdk.model.account.AccountStatus;
import io.redesk.sdk.model.account.BillRegistration;
import io.redesk.sdk.model.account.BillRegistrationReceipt;
import io.redesk.sdk.model.account.BillRegistrationRequest;
import io.redesk.sdk.model.account.TaItem;
import io.redesk.sdk.model.account.TaItemType;
import io.redesk.sdk.model.account.TechnicalAccount;
import io.redesk.sdk.model.account.TechnicalAccountContent;
import io.redesk.sdk.model.account.TechnicalAccountCreateRequest;
import io.redesk.sdk.model.account.TechnicalAccountPage;
import io.redesk.sdk.model.placement.Placement;
import io.redesk.sdk.model.placement.PlacementStatus;
import java.math.RoundingMode;
import org.jdbi.v3.core.Handle;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Technical accounts: prepared by the placing broker (or produced by the exchange at signing), issued,
 * answered by each participant's FINANCE, corrected by reversal plus a new version, and registered as
 * bills. Every figure comes from {@code domain} through {@link AccountDraft}.
 */
public final class AccountRoutes {
    /** Placements whose business is fixed: accounts exist from signing on. */
    static final Set<PlacementStatus> SIGNED = EnumSet.of(PlacementStatus.SIGNED, PlacementStatus.BOUND, PlacementStatus.REGISTERED);

    private final Api api;
    private final Accounts accounts;
    private final AccountStore store;

    public AccountRoutes(Api api, Accounts accounts) {
        this.api = api;
        this.accounts = accounts;
        this.store = accounts.store();
    }

    public void register() {
        api.get("/technical-accounts", (ctx, caller, h) -> {
            Paging.Request pr = Paging.request(ctx, "cursor", 50, 200);
            String placement = ctx.queryParam("placementId");
            UUID placementId = placement == null ? null : uuidQuery(placement, "placementId");
            String status = ctx.queryParam("status");
            if (status != null) {
                try {
                    AccountStatus.valueOf(status);
                } catch (IllegalArgumentException e) {
                    throw ApiProblem.invalid("status", "must be one of " + List.of(AccountStatus.values()));
                }
            }
            List<AccountStore.Row<TechnicalAccount>> rows = store.accountsOf(h, caller.organisationId(), caller.isExchange(), placementId,
                    status, pr.after() == null ? 0 : pr.after(), pr.limit() + 1);
            List<TechnicalAccount> out = new ArrayList<>();
            for (AccountStore.Row<TechnicalAccount> r : rows.subList(0, Math.min(rows.size(), pr.limit()))) {
                out.add(Accounts.view(r.doc(), caller.organisationId(), caller.isExchange()));
            }
            return ApiResponse.ok(new TechnicalAccountPage(out, Paging.next(rows, pr.limit(), AccountStore.Row::seq)));
        });
        api.post("/technical-accounts", this::create);
        api.get("/technical-accounts/{accountId}", (ctx, caller, h) -> {
            TechnicalAccount a = accounts.visible(h, caller, Access.uuid(ctx.pathParam("accountId"), "accountId"));
            return ApiResponse.ok(Accounts.view(a, caller.organisationId(), caller.isExchange()), a.version());
        });
        api.put("/technical-accounts/{accountId}", this::update);
        api.post("/technical-accounts/{accountId}/issue", this::issue);
        api.post("/technical-accounts/{accountId}/agree", m -> respond(m, ParticipantResponse.AGREED));
        api.post("/technical-accounts/{accountId}/query", m -> respond(m, ParticipantResponse.QUERIED));
        api.post("/technical-accounts/{accountId}/corrections", this::correct);
        api.post("/technical-accounts/{accountId}/registration", this::registerBill);
    }

    static UUID uuidQuery(String text, String field) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.invalid(field, "must be a UUID");
        }
    }

    /** Items as sent, checked exactly: references without surrounding white space, no claim link set by the sender. */
    static List<TaItem> items(List<TaItem> items) {
        for (int i = 0; i < items.size(); i++) {
            TaItem t = items.get(i);
            Wire.code(t.reference(), "items[" + i + "].reference");
            if (t.claimId() != null) {
                throw ApiProblem.invalid("items[" + i + "].claimId", "is set by the exchange when a claim payment is matched");
            }
            Wire.money(t.amount(), "items[" + i + "].amount");
        }
        return List.copyOf(items);
    }

    /** Builds the account through {@code domain}; a currency that differs from the account's is 422 CURRENCY_MISMATCH. */
    static TechnicalAccount build(AccountDraft d) {
        try {
            return d.build();
        } catch (ValidationException e) {
            var f = e.errors().get(0);
            if ("currency.mismatch".equals(f.code())) {
                throw ApiProblem.rule("CURRENCY_MISMATCH", f.field().endsWith(".amount") ? f.field() + ".currency" : f.field() + ".currency",
                        f.message());
            }
            throw Accounts.rule(e);
        }
    }

    private ApiResponse create(Mutation m) {
        TechnicalAccountCreateRequest req = api.json().read(m.body(), "TechnicalAccountCreateRequest", TechnicalAccountCreateRequest.class);
        PlacementStore.Visible v = accounts.placements().visible(m.h(), m.caller(), req.placementId()).orElseThrow(ApiProblem::notFound);
        Placement p = v.placement();
        Accounts.requirePreparer(m.caller(), p.brokerId(), "prepare a technical account");
        Wire.code(req.period(), "period");
        Wire.code(req.section(), "section");
        if (!SIGNED.contains(p.status())) {
            throw ApiProblem.conflict("PLACEMENT_NOT_SIGNED", "technical accounts exist from signing on; the placement is " + p.status());
        }
        AccountDraft d = newDraft(m, p, accounts.participants(m.h(), p.id()));
        d.section = req.section();
        d.period = req.period();
        d.currency = req.currency();
        d.items = items(req.items());
        d.statedBalance = req.statedBalance();
        TechnicalAccount a = build(d);
        store.insert(m.h(), a);
        accounts.publish(m, a, "ACCOUNT_PREPARED", null);
        return ApiResponse.created(a, a.version(), "/technical-accounts/" + a.id());
    }

    private static AccountDraft newDraft(Mutation m, Placement p, List<AccountDraft.Participant> participants) {
        AccountDraft d = new AccountDraft();
        d.id = UUID.randomUUID();
        d.placementId = p.id();
        d.contractReference = p.umr();
        d.cedentId = p.cedentId();
        d.brokerId = p.brokerId();
        d.orderShare = Accounts.orderShare(p);
        d.participants = participants;
        d.createdAt = m.now();
        return d;
    }

    /**
     * The premium accounts of a placement just signed, produced by the exchange (DRAFT, for the broker to
     * check and issue): one per instalment of the slip's payment terms, with the premium agreed at firm
     * order, the slip's ceding commission and its brokerage ({@code PremiumInstalments.items}).
     */
    public void premiumAccountsAtSigning(Mutation m, Placement p) {
        io.redesk.sdk.model.Money premium = p.firmOrder() != null && p.firmOrder().premium() != null ? p.firmOrder().premium()
                : p.slip().riskDetails().premium();
        if (premium == null) {
            return;
        }
        io.redesk.domain.money.Money whole = Wire.money(premium, "premium");
        var rem = p.slip().brokerRemuneration();
        Share brokerage = rem == null || rem.brokerage() == null ? Share.ZERO : Share.of(rem.brokerage());
        Share commission = rem == null || rem.cedingCommission() == null ? Share.ZERO : Share.of(rem.cedingCommission());
        PremiumInstalments.Plan plan = PremiumInstalments.plan(whole, p.slip().riskDetails().paymentTerms(),
                p.slip().riskDetails().periodStart());
        List<AccountDraft.Participant> participants = accounts.participants(m.h(), p.id());
        for (PremiumInstalments.Instalment i : plan.instalments()) {
            AccountDraft d = newDraft(m, p, participants);
            d.period = i.period();
            d.currency = i.premium().currency().getCurrencyCode();
            d.instalment = i.number();
            List<TaItem> items = new ArrayList<>();
            for (io.redesk.domain.account.TaItem t : PremiumInstalments.items(i, commission, brokerage)) {
                String description = switch (t.type()) {
                    case PREMIUM -> plan.recognised() ? "Instalment " + i.number() + " of " + plan.instalments().size() + " ("
                            + p.slip().riskDetails().paymentTerms() + ")" : "Whole premium: payment terms not recognised, check before issuing";
                    case CEDING_COMMISSION -> "Ceding commission " + commission + " per slip";
                    case BROKERAGE -> "Brokerage " + brokerage + " per slip";
                    default -> null;
                };
                items.add(new TaItem(TaItemType.valueOf(t.type().name()), Wire.money(t.amount()), t.reference(), null, description));
            }
            d.items = items;
            TechnicalAccount a = build(d);
            store.insert(m.h(), a);
            accounts.publish(m, a, "ACCOUNT_PRODUCED", null);
        }
    }

    private ApiResponse update(Mutation m) {
        TechnicalAccount a = accounts.visible(m.h(), m.caller(), Access.uuid(m.pathParam("accountId"), "accountId"));
        Accounts.requirePreparer(m.caller(), a, "edit a technical account");
        m.requireVersion(a.version());
        TechnicalAccountContent req = api.json().read(m.body(), "TechnicalAccountContent", TechnicalAccountContent.class);
        if (!AccountWorkflow.isEditable(io.redesk.domain.account.AccountStatus.valueOf(a.status().name()))) {
            throw ApiProblem.conflict("ACCOUNT_ISSUED", "an issued account is never edited (it is " + a.status()
                    + "); correct it: a reversal and a new version");
        }
        AccountDraft d = accounts.draft(m.h(), a);
        d.items = items(req.items());
        d.statedBalance = req.statedBalance();
        d.version = a.version() + 1;
        TechnicalAccount n = build(d);
        store.update(m.h(), n);
        accounts.publish(m, n, "ACCOUNT_EDITED", null);
        return ApiResponse.ok(n, n.version());
    }

    private ApiResponse issue(Mutation m) {
        TechnicalAccount a = accounts.visible(m.h(), m.caller(), Access.uuid(m.pathParam("accountId"), "accountId"));
        Accounts.requirePreparer(m.caller(), a, "issue a technical account");
        m.requireVersion(a.version());
        AccountDraft d = accounts.draft(m.h(), a);
        d.status = Accounts.move(() -> AccountWorkflow.transition(d.status, io.redesk.domain.account.AccountStatus.ISSUED));
        if (d.participants.isEmpty()) {
            throw ApiProblem.rule("NO_SIGNED_LINES", null, "the placement has no signed line to share the account");
        }
        d.issuedAt = m.now();
        d.version = a.version() + 1;
        TechnicalAccount n = build(d);
        store.update(m.h(), n);
        accounts.publish(m, n, "ACCOUNT_ISSUED", null);
        return ApiResponse.ok(n, n.version());
    }

    private ApiResponse respond(Mutation m, ParticipantResponse response) {
        TechnicalAccount a = accounts.visible(m.h(), m.caller(), Access.uuid(m.pathParam("accountId"), "accountId"));
        Caller caller = m.caller();
        AccountShare own = a.shares().stream().filter(s -> s.participantId().equals(caller.organisationId())).findFirst()
                .orElseThrow(() -> ApiProblem.forbidden("only a participant of the account answers it"));
        Accounts.requireFinance(caller, own.participantId(), response == ParticipantResponse.AGREED ? "agree an account" : "query an account");
        m.requireVersion(a.version());
        String reason = null;
        if (response == ParticipantResponse.QUERIED) {
            reason = api.json().read(m.body(), "ReasonRequest", ReasonRequest.class).reason();
        }
        io.redesk.domain.account.AccountStatus status = io.redesk.domain.account.AccountStatus.valueOf(a.status().name());
        ParticipantResponse current = ParticipantResponse.valueOf(own.response().name());
        if (!AccountWorkflow.mayRespond(status, current)) {
            throw ApiProblem.conflict(current == ParticipantResponse.PENDING ? "ILLEGAL_TRANSITION" : "ALREADY_ANSWERED",
                    current == ParticipantResponse.PENDING ? "the account is " + a.status() + "; only an issued account is answered"
                            : "your organisation already answered this version (" + current + ")");
        }
        AccountDraft d = accounts.draft(m.h(), a);
        d.previous.put(own.participantId(), new AccountShare(own.participantId(), own.signedShare(), own.amount(),
                io.redesk.sdk.model.account.ParticipantResponse.valueOf(response.name()), reason, m.now(), own.settlementId(),
                own.poolMembers()));
        List<ParticipantResponse> answers = d.previous.values().stream().map(s -> ParticipantResponse.valueOf(s.response().name())).toList();
        io.redesk.domain.account.AccountStatus next = AccountWorkflow.fromResponses(answers);
        if (next != status) {
            d.status = Accounts.move(() -> AccountWorkflow.transition(status, next));
        }
        d.version = a.version() + 1;
        TechnicalAccount n = build(d);
        store.update(m.h(), n);
        accounts.publish(m, n, response == ParticipantResponse.AGREED ? "ACCOUNT_AGREED" : "ACCOUNT_QUERIED", List.of(own.participantId()));
        return ApiResponse.ok(Accounts.view(n, caller.organisationId(), caller.isExchange()), n.version());
    }

    private ApiResponse correct(Mutation m) {
        TechnicalAccount a = accounts.visible(m.h(), m.caller(), Access.uuid(m.pathParam("accountId"), "accountId"));
        Accounts.requirePreparer(m.caller(), a, "correct a technical account");
        m.requireVersion(a.version());
        TechnicalAccountContent req = api.json().read(m.body(), "TechnicalAccountContent", TechnicalAccountContent.class);
        if (a.kind() == AccountKind.REVERSAL) {
            throw ApiProblem.conflict("ILLEGAL_TRANSITION", "a reversal is not corrected; correct the version it belongs to");
        }
        AccountDraft old = accounts.draft(m.h(), a);
        old.status = Accounts.move(() -> AccountWorkflow.transition(old.status, io.redesk.domain.account.AccountStatus.SUPERSEDED));
        Placement p = accounts.placements().find(m.h(), a.placementId()).orElseThrow();
        AccountDraft next = newDraft(m, p, old.participants);
        next.section = a.section();
        next.period = a.period();
        next.currency = a.currency();
        next.instalment = a.instalment();
        next.accountVersion = a.accountVersion() + 1;
        next.kind = AccountKind.CORRECTION;
        next.supersedesId = a.id();
        next.items = items(req.items());
        next.statedBalance = req.statedBalance();
        TechnicalAccount corrected = build(next);
        AccountDraft rev = newDraft(m, p, old.participants);
        rev.section = a.section();
        rev.period = a.period();
        rev.currency = a.currency();
        rev.instalment = a.instalment();
        rev.accountVersion = a.accountVersion();
        rev.kind = AccountKind.REVERSAL;
        rev.reversesId = a.id();
        rev.status = io.redesk.domain.account.AccountStatus.SUPERSEDED;
        rev.items = old.reversedItems();
        rev.statedBalance = old.reversedStatedBalance();
        rev.issuedAt = m.now();
        TechnicalAccount reversal = build(rev);
        old.supersededById = corrected.id();
        old.version = a.version() + 1;
        TechnicalAccount superseded = build(old);
        store.update(m.h(), superseded);
        store.insert(m.h(), reversal);
        store.insert(m.h(), corrected);
        accounts.publish(m, superseded, "ACCOUNT_SUPERSEDED", null);
        accounts.publish(m, reversal, "ACCOUNT_REVERSED", null);
        accounts.publish(m, corrected, "ACCOUNT_CORRECTED", null);
        return ApiResponse.created(corrected, corrected.version(), "/technical-accounts/" + corrected.id());
    }

    private ApiResponse registerBill(Mutation m) {
        TechnicalAccount a = accounts.visible(m.h(), m.caller(), Access.uuid(m.pathParam("accountId"), "accountId"));
        Accounts.requirePreparer(m.caller(), a, "register a bill");
        BillRegistrationRequest req = api.json().read(m.body(), "BillRegistrationRequest", BillRegistrationRequest.class);
        if (a.status() == AccountStatus.DRAFT || a.kind() == AccountKind.REVERSAL || a.status() == AccountStatus.SUPERSEDED) {
            throw ApiProblem.conflict("ILLEGAL_TRANSITION", "only an issued account in force is registered; this one is "
                    + a.status() + (a.kind() == AccountKind.REVERSAL ? " (a reversal)" : ""));
        }
        if (store.registration(m.h(), a.id()).isPresent()) {
            throw ApiProblem.conflict("ALREADY_REGISTERED", "the bill is registered already");
        }
        Wire.code(req.period(), "period");
        same(req.accountId(), a.id(), "accountId");
        same(req.umr(), a.contractReference(), "umr");
        same(req.period(), a.period(), "period");
        same(req.currency(), a.currency(), "currency");
        same(req.balance().currency(), a.balance().currency(), "balance.currency");
        if (Wire.money(req.balance(), "balance").compareTo(Wire.money(a.balance(), "balance")) != 0) {
            mismatch("balance.amount");
        }
        long n = store.nextRegistration(m.h());
        String number = "SHRB-" + m.now().atZone(ZoneOffset.UTC).getYear() + "-" + String.format("%06d", n);
        BillRegistrationReceipt receipt = new BillRegistrationReceipt(number, a.id(), m.now(), Hashing.sha256Hex(api.json().write(req)));
        store.insertRegistration(m.h(), receipt);
        AccountDraft d = accounts.draft(m.h(), a);
        d.registration = new BillRegistration(number, m.now(), receipt.fieldsDigest());
        d.version = a.version() + 1;
        TechnicalAccount updated = build(d);
        store.update(m.h(), updated);
        accounts.publish(m, updated, "BILL_REGISTERED", null);
        return ApiResponse.created(receipt, null, "/technical-accounts/" + a.id());
    }

    static void sameMoney(io.redesk.domain.money.Money stated, io.redesk.domain.money.Money recorded, String field) {
        if (!stated.isSameCurrency(recorded)) {
            mismatch(field + ".currency");
        }
        if (stated.compareTo(recorded) != 0) {
            mismatch(field + ".amount");
        }
    }

    static void same(Object stated, Object recorded, String field) {
        if (!java.util.Objects.equals(stated, recorded)) {
            mismatch(field);
        }
    }

    private static void mismatch(String field) {
        throw ApiProblem.rule("REGISTRATION_MISMATCH", field, "differs from the exchange's record");
    }
}
