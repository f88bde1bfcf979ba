package io.redesk.exchange.party;

import io.redesk.domain.party.Role;
import io.redesk.domain.security.SecurityCheck;
import io.redesk.domain.signing.PoolSplit;
import io.redesk.domain.signing.SigningException;
import io.redesk.domain.money.Share;
import io.redesk.exchange.audit.AuditLog;
import io.redesk.exchange.auth.Caller;
import io.redesk.exchange.db.Sql;
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
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

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
        api.get("/me", (ctx, caller, c) -> {
            User u = dir.user(c, caller.userId()).orElseThrow(ApiProblem::notFound);
            return ApiResponse.ok(new Me(u, dir.organisation(c, caller.organisationId()).orElseThrow()));
        });
        api.get("/organisations", (ctx, caller, c) -> {
            Paging.Request p = Paging.request(ctx, "cursor", 50, 200);
            String type = ctx.queryParam("type");
            if (type != null) {
                try {
                    OrgType.valueOf(type);
                } catch (IllegalArgumentException e) {
                    throw ApiProblem.invalid("type", "must be one of CEDENT, BROKER, REINSURER, POOL, EXCHANGE");
                }
            }
            List<Object[]> rows = Sql.list(c, "SELECT " + Directory.ORG_COLUMNS + " FROM organisations WHERE seq > ? AND (? IS NULL OR type = ?) ORDER BY seq LIMIT ?",
                    rs -> new Object[] {Directory.organisation(rs), rs.getLong(5)}, p.after() == null ? 0 : p.after(), type, type, p.limit() + 1);
            return ApiResponse.ok(new OrganisationPage(items(rows, p.limit(), Organisation.class), Paging.next(rows, p.limit(), r -> (long) r[1])));
        });
        api.get("/organisations/{organisationId}", (ctx, caller, c) ->
                ApiResponse.ok(dir.organisation(c, Access.uuid(ctx.pathParam("organisationId"), "organisationId")).orElseThrow(ApiProblem::notFound)));
        api.get("/users", (ctx, caller, c) -> {
            Paging.Request p = Paging.request(ctx, "cursor", 50, 200);
            List<Object[]> rows = Sql.list(c, "SELECT " + Directory.USER_COLUMNS + " FROM users WHERE seq > ? AND (? = 1 OR organisation_id = ?) ORDER BY seq LIMIT ?",
                    rs -> new Object[] {Directory.user(rs), rs.getLong(6)}, p.after() == null ? 0 : p.after(), caller.isExchange(),
                    caller.organisationId(), p.limit() + 1);
            return ApiResponse.ok(new UserPage(items(rows, p.limit(), User.class), Paging.next(rows, p.limit(), r -> (long) r[1])));
        });
        api.get("/users/{userId}", (ctx, caller, c) -> {
            User u = dir.user(c, Access.uuid(ctx.pathParam("userId"), "userId")).orElseThrow(ApiProblem::notFound);
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
        api.get("/reinsurers", (ctx, caller, c) -> {
            Paging.Request p = Paging.request(ctx, "cursor", 50, 200);
            List<Object[]> rows = Sql.list(c, "SELECT " + Directory.ORG_COLUMNS + " FROM organisations WHERE type IN ('REINSURER','POOL') AND seq > ? ORDER BY seq LIMIT ?",
                    rs -> new Object[] {Directory.organisation(rs), rs.getLong(5)}, p.after() == null ? 0 : p.after(), p.limit() + 1);
            List<Reinsurer> out = new ArrayList<>();
            Directory.StoredPolicy policy = caller.isPlacingSide() ? dir.policy(c, caller.organisationId()) : null;
            for (Object[] r : rows.subList(0, Math.min(rows.size(), p.limit()))) {
                out.add(reinsurer(c, policy, (Organisation) r[0]));
            }
            return ApiResponse.ok(new ReinsurerPage(out, Paging.next(rows, p.limit(), r -> (long) r[1])));
        });
        api.get("/reinsurers/{organisationId}", (ctx, caller, c) ->
                ApiResponse.ok(reinsurer(c, caller, capacityOrg(c, ctx.pathParam("organisationId")))));
        api.put("/reinsurers/{organisationId}/ratings", m -> {
            if (!m.caller().isExchange() || !m.caller().has(Role.ADMIN)) {
                throw ApiProblem.forbidden("only an exchange administrator records ratings");
            }
            Organisation org = capacityOrg(m.c(), m.pathParam("organisationId"));
            Rating r = api.json().read(m.body(), "Rating", Rating.class);
            try {
                io.redesk.domain.party.Rating.of(io.redesk.domain.party.RatingAgency.valueOf(r.agency().name()), r.grade());
            } catch (IllegalArgumentException e) {
                throw ApiProblem.invalid("grade", e.getMessage());
            }
            Sql.update(m.c(), "INSERT OR REPLACE INTO ratings(organisation_id, agency, grade, rated_at) VALUES (?,?,?,?)",
                    org.id(), r.agency(), r.grade(), r.ratedAt() == null ? m.nowText() : r.ratedAt().toString());
            audit.append(m.c(), m.nowText(), m.actor(), "RATING_RECORDED", "ORGANISATION", org.id(), r.agency() + " " + r.grade(), List.of(), true);
            return ApiResponse.ok(reinsurer(m.c(), m.caller(), org));
        });
    }

    private Organisation capacityOrg(Connection c, String id) throws SQLException {
        Organisation org = dir.organisation(c, Access.uuid(id, "organisationId")).orElseThrow(ApiProblem::notFound);
        if (org.type() != OrgType.REINSURER && org.type() != OrgType.POOL) {
            throw ApiProblem.notFound();
        }
        return org;
    }

    /** The reinsurer with its ratings, flagged against the caller's policy when the caller places business. */
    Reinsurer reinsurer(Connection c, Caller caller, Organisation org) throws SQLException {
        return reinsurer(c, caller.isPlacingSide() ? dir.policy(c, caller.organisationId()) : null, org);
    }

    private Reinsurer reinsurer(Connection c, Directory.StoredPolicy policy, Organisation org) throws SQLException {
        SecurityFlag flag = null;
        if (policy != null) {
            SecurityCheck check = policy.toDomain().check(dir.domainOrganisation(c, org.id()).orElseThrow());
            flag = new SecurityFlag(check.needsOverride(), new Rating(policy.agency(), policy.grade(), null));
        }
        return new Reinsurer(org, dir.ratings(c, org.id()), flag);
    }

    private void registerPools() {
        api.get("/pools", (ctx, caller, c) -> {
            Paging.Request p = Paging.request(ctx, "cursor", 50, 200);
            List<Object[]> rows = Sql.list(c, "SELECT p.id, o.seq FROM pools p JOIN organisations o ON o.id = p.id WHERE o.seq > ? ORDER BY o.seq LIMIT ?",
                    rs -> new Object[] {UUID.fromString(rs.getString(1)), rs.getLong(2)}, p.after() == null ? 0 : p.after(), p.limit() + 1);
            List<Pool> out = new ArrayList<>();
            for (Object[] r : rows.subList(0, Math.min(rows.size(), p.limit()))) {
                out.add(dir.pool(c, (UUID) r[0]).orElseThrow());
            }
            return ApiResponse.ok(new PoolPage(out, Paging.next(rows, p.limit(), r -> (long) r[1])));
        });
        api.get("/pools/{poolId}", (ctx, caller, c) -> {
            Pool pool = dir.pool(c, Access.uuid(ctx.pathParam("poolId"), "poolId")).orElseThrow(ApiProblem::notFound);
            return ApiResponse.ok(pool, pool.version());
        });
        api.put("/pools/{poolId}/members", m -> {
            Pool pool = dir.pool(m.c(), Access.uuid(m.pathParam("poolId"), "poolId")).orElseThrow(ApiProblem::notFound);
            boolean allowed = m.caller().has(Role.ADMIN) && (m.caller().isExchange() || m.caller().organisationId().equals(pool.id()));
            if (!allowed) {
                throw ApiProblem.forbidden("only an exchange or pool administrator changes a pool's members");
            }
            m.requireVersion(pool.version());
            PoolMembersRequest req = api.json().read(m.body(), "PoolMembersRequest", PoolMembersRequest.class);
            List<io.redesk.domain.signing.PoolMember> members = new ArrayList<>();
            for (int i = 0; i < req.members().size(); i++) {
                PoolMember pm = req.members().get(i);
                Organisation o = dir.organisation(m.c(), pm.organisationId()).orElse(null);
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
            Sql.update(m.c(), "DELETE FROM pool_members WHERE pool_id = ?", pool.id());
            for (int i = 0; i < members.size(); i++) {
                Sql.update(m.c(), "INSERT INTO pool_members(pool_id, organisation_id, share, position) VALUES (?,?,?,?)",
                        pool.id(), members.get(i).memberId(), members.get(i).share().percent().toPlainString(), i);
            }
            Sql.update(m.c(), "UPDATE pools SET version = version + 1 WHERE id = ?", pool.id());
            audit.append(m.c(), m.nowText(), m.actor(), "POOL_MEMBERS_CHANGED", "POOL", pool.id(), null, List.of(), true);
            Pool updated = dir.pool(m.c(), pool.id()).orElseThrow();
            return ApiResponse.ok(updated, updated.version());
        });
    }

    private void registerPolicy() {
        api.get("/security-policy", (ctx, caller, c) -> {
            if (!caller.isPlacingSide()) {
                throw ApiProblem.notFound();
            }
            SecurityPolicy p = wire(dir.policy(c, caller.organisationId()));
            return ApiResponse.ok(p, p.version());
        });
        api.put("/security-policy", m -> {
            if (!m.caller().isPlacingSide()) {
                throw ApiProblem.notFound();
            }
            Access.requireRole(m.caller(), Role.ADMIN, "change the security policy");
            Directory.StoredPolicy current = dir.policy(m.c(), m.caller().organisationId());
            m.requireVersion(current.version());
            SecurityPolicyRequest req = api.json().read(m.body(), "SecurityPolicyRequest", SecurityPolicyRequest.class);
            try {
                io.redesk.domain.party.Rating.of(io.redesk.domain.party.RatingAgency.valueOf(req.minimumRating().agency().name()),
                        req.minimumRating().grade());
            } catch (IllegalArgumentException e) {
                throw ApiProblem.invalid("minimumRating.grade", e.getMessage());
            }
            long version = current.version() + 1;
            Sql.update(m.c(), "INSERT OR REPLACE INTO security_policies(organisation_id, agency, grade, applies_cross_border_rmb, version) VALUES (?,?,?,?,?)",
                    m.caller().organisationId(), req.minimumRating().agency(), req.minimumRating().grade(), req.appliesToCrossBorderRmb(), version);
            audit.append(m.c(), m.nowText(), m.actor(), "SECURITY_POLICY_CHANGED", "ORGANISATION", m.caller().organisationId(),
                    req.minimumRating().agency() + " " + req.minimumRating().grade(), List.of(m.caller().organisationId()), false);
            SecurityPolicy p = wire(dir.policy(m.c(), m.caller().organisationId()));
            return ApiResponse.ok(p, p.version());
        });
    }

    private static SecurityPolicy wire(Directory.StoredPolicy p) {
        return new SecurityPolicy(p.organisationId(), new Rating(p.agency(), p.grade(), null), p.appliesToCrossBorderRmb(), p.version());
    }

    private static <T> List<T> items(List<Object[]> rows, int limit, Class<T> type) {
        List<T> out = new ArrayList<>();
        for (Object[] r : rows.subList(0, Math.min(rows.size(), limit))) {
            out.add(type.cast(r[0]));
        }
        return out;
    }
}
