package io.redesk.exchange.party;

import io.redesk.domain.party.Role;
import io.redesk.domain.security.SecurityCheck;
import io.redesk.domain.signing.PoolSplit;
import io.redesk.domain.signing.SigningException;
import io.redesk.domain.money.Share;
import io.redesk.exchange.audit.AuditLog;
import io.redesk.exchange.auth.Caller;
import io.redesk.exchange.http.Access;
import io.redesk.exchange.http.Api;
import io.redesk.exchange.http.ApiProblem;
import io.redesk.exchange.http.ApiResponse;
import io.redesk.exchange.http.Paging;
import io.redesk.sdk.model.party.Me;
import io.redesk.sdk.model.party.OrgType;
import io.redesk.sdk.model.party.Organisation;
import io.redesk.sdk.model.party.OrganisationPage;
import io.redesk.sdk.model.party.User;
import io.redesk.sdk.model.party.UserPage;
import io.redesk.sdk.model.security.Pool;
import io.redesk.sdk.model.security.PoolMember;
import io.redesk.sdk.model.security.PoolMembersRequest;
import io.redesk.sdk.model.security.PoolPage;
import io.redesk.sdk.model.security.Rating;
import io.redesk.sdk.model.security.Reinsurer;
import io.redesk.sdk.model.security.ReinsurerPage;
import io.redesk.sdk.model.security.SecurityFlag;
import io.redesk.sdk.model.security.SecurityPolicy;
import io.redesk.sdk.model.security.SecurityPolicyRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/**
 * The caller, organisations, users, reinsurers with ratings, pools and security policies. The market
 * directory (organisations, reinsurers, pools) is visible to every signed-in user; users only within
 * their own organisation (the exchange sees all); a security policy only to its organisation.
 */
public final class PartyRoutes {
    private final Api api;
    private final Directory dir;
    private final AuditLog audit;

    public PartyRoutes(Api api, Directory dir, AuditLog audit) {
        this.api = api;
        this.dir = dir;
        this.audit = audit;
    }

    public void register() {
        api.get("/me", (ctx, caller, h) -> {
            User u = dir.user(h, caller.userId()).orElseThrow(ApiProblem::notFound);
            return ApiResponse.ok(new Me(u, dir.organisation(h, caller.organisationId()).orElseThrow()));
        });
        api.get("/organisations", (ctx, caller, h) -> {
            Paging.Request p = Paging.request(ctx, "cursor", 50, 200);
            String type = ctx.queryParam("type");
            if (type != null) {
                try {
                    OrgType.valueOf(type);
                } catch (IllegalArgumentException e) {
                    throw ApiProblem.invalid("type", "must be one of CEDENT, BROKER, REINSURER, POOL, EXCHANGE");
                }
            }
            List<Directory.ListedOrganisation> rows = dir.organisations(h, type == null ? List.of() : List.of(type),
                    p.after() == null ? 0 : p.after(), p.limit() + 1);
            return ApiResponse.ok(new OrganisationPage(items(rows, p.limit(), Directory.ListedOrganisation::organisation),
                    Paging.next(rows, p.limit(), Directory.ListedOrganisation::seq)));
        });
        api.get("/organisations/{organisationId}", (ctx, caller, h) ->
                ApiResponse.ok(dir.organisation(h, Access.uuid(ctx.pathParam("organisationId"), "organisationId")).orElseThrow(ApiProblem::notFound)));
        api.get("/users", (ctx, caller, h) -> {
            Paging.Request p = Paging.request(ctx, "cursor", 50, 200);
            List<Directory.ListedUser> rows = dir.users(h, caller.isExchange() ? null : caller.organisationId(),
                    p.after() == null ? 0 : p.after(), p.limit() + 1);
            return ApiResponse.ok(new UserPage(items(rows, p.limit(), Directory.ListedUser::user), Paging.next(rows, p.limit(), Directory.ListedUser::seq)));
        });
        api.get("/users/{userId}", (ctx, caller, h) -> {
            User u = dir.user(h, Access.uuid(ctx.pathParam("userId"), "userId")).orElseThrow(ApiProblem::notFound);
            if (!caller.isExchange() && !u.organisationId().equals(caller.organisationId())) {
                throw ApiProblem.notFound();
            }
            return ApiResponse.ok(u);
        });
        registerReinsurers();
        registerPools();
        registerPolicy();
    }

    private void registerReinsurers() {
        api.get("/reinsurers", (ctx, caller, h) -> {
            Paging.Request p = Paging.request(ctx, "cursor", 50, 200);
            List<Directory.ListedOrganisation> rows = dir.organisations(h, List.of("REINSURER", "POOL"), p.after() == null ? 0 : p.after(),
                    p.limit() + 1);
            List<Reinsurer> out = new ArrayList<>();
            Directory.StoredPolicy policy = caller.isPlacingSide() ? dir.policy(h, caller.organisationId()) : null;
            List<Directory.ListedOrganisation> page = rows.subList(0, Math.min(rows.size(), p.limit()));
            // one statement for the page's ratings, not one (or three) per reinsurer
            var ratings = dir.ratings(h, page.stream().map(r -> r.organisation().id()).toList());
            for (Directory.ListedOrganisation r : page) {
                out.add(reinsurer(policy, r.organisation(), ratings.get(r.organisation().id())));
            }
            return ApiResponse.ok(new ReinsurerPage(out, Paging.next(rows, p.limit(), Directory.ListedOrganisation::seq)));
        });
        api.get("/reinsurers/{organisationId}", (ctx, caller, h) ->
                ApiResponse.ok(reinsurer(h, caller, capacityOrg(h, ctx.pathParam("organisationId")))));
        api.put("/reinsurers/{organisationId}/ratings", m -> {
            if (!m.caller().isExchange() || !m.caller().has(Role.ADMIN)) {
                throw ApiProblem.forbidden("only an exchange administrator records ratings");
            }
            Organisation org = capacityOrg(m.h(), m.pathParam("organisationId"));
            Rating r = api.json().read(m.body(), "Rating", Rating.class);
            try {
                io.redesk.domain.party.Rating.of(io.redesk.domain.party.RatingAgency.valueOf(r.agency().name()), r.grade());
            } catch (IllegalArgumentException e) {
                throw ApiProblem.invalid("grade", e.getMessage());
            }
            dir.saveRating(m.h(), org.id(), r.agency().name(), r.grade(), r.ratedAt() == null ? m.nowText() : r.ratedAt().toString());
            audit.append(m.h(), m.nowText(), m.actor(), "RATING_RECORDED", "ORGANISATION", org.id(), r.agency() + " " + r.grade(), List.of(), true);
            return ApiResponse.ok(reinsurer(m.h(), m.caller(), org));
        });
    }

    private Organisation capacityOrg(Handle h, String id) {
        Organisation org = dir.organisation(h, Access.uuid(id, "organisationId")).orElseThrow(ApiProblem::notFound);
        if (org.type() != OrgType.REINSURER && org.type() != OrgType.POOL) {
            throw ApiProblem.notFound();
        }
        return org;
    }

    /** The reinsurer with its ratings, flagged against the caller's policy when the caller places business. */
    Reinsurer reinsurer(Handle h, Caller caller, Organisation org) {
        return reinsurer(h, caller.isPlacingSide() ? dir.policy(h, caller.organisationId()) : null, org);
    }

    private Reinsurer reinsurer(Handle h, Directory.StoredPolicy policy, Organisation org) {
        return reinsurer(policy, org, dir.ratings(h, org.id()));
    }

    /** The reinsurer as listed, from its organisation and ratings already read (no statement). */
    private static Reinsurer reinsurer(Directory.StoredPolicy policy, Organisation org, List<Rating> ratings) {
        SecurityFlag flag = null;
        if (policy != null) {
            SecurityCheck check = policy.toDomain().check(Directory.domainOrganisation(org, ratings));
            flag = new SecurityFlag(check.needsOverride(), new Rating(policy.agency(), policy.grade(), null));
        }
        return new Reinsurer(org, ratings, flag);
    }

    private void registerPools() {
        api.get("/pools", (ctx, caller, h) -> {
            Paging.Request p = Paging.request(ctx, "cursor", 50, 200);
            List<Directory.ListedPool> rows = dir.pools(h, p.after() == null ? 0 : p.after(), p.limit() + 1);
            List<Pool> out = new ArrayList<>();
            for (Directory.ListedPool r : rows.subList(0, Math.min(rows.size(), p.limit()))) {
                out.add(dir.pool(h, r.id()).orElseThrow());
            }
            return ApiResponse.ok(new PoolPage(out, Paging.next(rows, p.limit(), Directory.ListedPool::seq)));
        });
        api.get("/pools/{poolId}", (ctx, caller, h) -> {
            Pool pool = dir.pool(h, Access.uuid(ctx.pathParam("poolId"), "poolId")).orElseThrow(ApiProblem::notFound);
            return ApiResponse.ok(pool, pool.version());
        });
        api.put("/pools/{poolId}/members", m -> {
            Pool pool = dir.pool(m.h(), Access.uuid(m.pathParam("poolId"), "poolId")).orElseThrow(ApiProblem::notFound);
            boolean allowed = m.caller().has(Role.ADMIN) && (m.caller().isExchange() || m.caller().organisationId().equals(pool.id()));
            if (!allowed) {
                throw ApiProblem.forbidden("only an exchange or pool administrator changes a pool's members");
            }
            m.requireVersion(pool.version());
            PoolMembersRequest req = api.json().read(m.body(), "PoolMembersRequest", PoolMembersRequest.class);
            List<io.redesk.domain.signing.PoolMember> members = new ArrayList<>();
            for (int i = 0; i < req.members().size(); i++) {
                PoolMember pm = req.members().get(i);
                Organisation o = dir.organisation(m.h(), pm.organisationId()).orElse(null);
                if (o == null || o.type() != OrgType.REINSURER) {
                    throw ApiProblem.rule("NOT_A_REINSURER", "members[" + i + "].organisationId", "pool members must be reinsurers");
                }
                members.add(new io.redesk.domain.signing.PoolMember(pm.organisationId().toString(), Share.of(pm.share())));
            }
            try {
                PoolSplit.validateMembers(members);
            } catch (SigningException e) {
                throw ApiProblem.rule("SHARES_DO_NOT_SUM", "members", e.getMessage());
            }
            dir.replacePoolMembers(m.h(), pool.id(), members.stream()
                    .map(pm -> new String[] {pm.memberId(), pm.share().percent().toPlainString()}).toList());
            audit.append(m.h(), m.nowText(), m.actor(), "POOL_MEMBERS_CHANGED", "POOL", pool.id(), null, List.of(), true);
            Pool updated = dir.pool(m.h(), pool.id()).orElseThrow();
            return ApiResponse.ok(updated, updated.version());
        });
    }

    private void registerPolicy() {
        api.get("/security-policy", (ctx, caller, h) -> {
            if (!caller.isPlacingSide()) {
                throw ApiProblem.notFound();
            }
            SecurityPolicy p = wire(dir.policy(h, caller.organisationId()));
            return ApiResponse.ok(p, p.version());
        });
        api.put("/security-policy", m -> {
            if (!m.caller().isPlacingSide()) {
                throw ApiProblem.notFound();
            }
            Access.requireRole(m.caller(), Role.ADMIN, "change the security policy");
            Directory.StoredPolicy current = dir.policy(m.h(), m.caller().organisationId());
            m.requireVersion(current.version());
            SecurityPolicyRequest req = api.json().read(m.body(), "SecurityPolicyRequest", SecurityPolicyRequest.class);
            try {
                io.redesk.domain.party.Rating.of(io.redesk.domain.party.RatingAgency.valueOf(req.minimumRating().agency().name()),
                        req.minimumRating().grade());
            } catch (IllegalArgumentException e) {
                throw ApiProblem.invalid("minimumRating.grade", e.getMessage());
            }
            long version = current.version() + 1;
            dir.savePolicy(m.h(), m.caller().organisationId(), req.minimumRating().agency().name(), req.minimumRating().grade(),
                    req.appliesToCrossBorderRmb(), version);
            audit.append(m.h(), m.nowText(), m.actor(), "SECURITY_POLICY_CHANGED", "ORGANISATION", m.caller().organisationId(),
                    req.minimumRating().agency() + " " + req.minimumRating().grade(), List.of(m.caller().organisationId()), false);
            SecurityPolicy p = wire(dir.policy(m.h(), m.caller().organisationId()));
            return ApiResponse.ok(p, p.version());
        });
    }

    private static SecurityPolicy wire(Directory.StoredPolicy p) {
        return new SecurityPolicy(p.organisationId(), new Rating(p.agency(), p.grade(), null), p.appliesToCrossBorderRmb(), p.version());
    }

    private static <R, T> List<T> items(List<R> rows, int limit, java.util.function.Function<R, T> item) {
        List<T> out = new ArrayList<>();
        for (R r : rows.subList(0, Math.min(rows.size(), limit))) {
            out.add(item.apply(r));
        }
        return out;
    }
}
