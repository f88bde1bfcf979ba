package io.redesk.exchange.party;

import io.redesk.domain.party.CreditGrade;
import io.redesk.domain.party.RatingAgency;
import io.redesk.domain.security.SecurityPolicy;
import io.redesk.sdk.model.party.OrgType;
import io.redesk.sdk.model.party.Organisation;
import io.redesk.sdk.model.party.Role;
import io.redesk.sdk.model.party.User;
import io.redesk.sdk.model.security.Pool;
import io.redesk.sdk.model.security.PoolMember;
import io.redesk.sdk.model.security.PoolSector;
import io.redesk.sdk.model.security.Rating;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/**
 * Reads the market's parties: organisations, users, ratings, pools and security policies, as wire
 * records, plus the domain views (organisation with ratings, security policy) the rules need; and the
 * few writes to them (ratings, pool members, policies, the demo seed). The directory is the same for
 * every signed-in user; what a user may read of it is decided by the routes (DESIGN.md §3).
 */
public final class Directory {

    /** A security policy as stored, with its version. */
    public record StoredPolicy(UUID organisationId, io.redesk.sdk.model.security.RatingAgency agency, String grade,
                               boolean appliesToCrossBorderRmb, long version) {

        /** The domain policy this stored one means. */
        public SecurityPolicy toDomain() {
            CreditGrade min = io.redesk.domain.party.Rating.of(RatingAgency.valueOf(agency.name()), grade).commonGrade();
            return new SecurityPolicy(min, appliesToCrossBorderRmb ? min : CreditGrade.D, java.util.EnumSet.allOf(RatingAgency.class));
        }
    }

    /** The organisation columns {@link #organisation(ResultSet)} reads; {@code seq} is the fifth (paging). */
    public static final String ORG_COLUMNS = "id, name, type, country, seq, name_zh";

    public static Organisation organisation(ResultSet rs) throws SQLException {
        String country = rs.getString(4);
        return new Organisation(UUID.fromString(rs.getString(1)), rs.getString(2), OrgType.valueOf(rs.getString(3)),
                country, !io.redesk.domain.party.Organisation.HOME_COUNTRY.equals(country), rs.getString(6));
    }

    public Optional<Organisation> organisation(Handle h, UUID id) {
        return h.select("SELECT " + ORG_COLUMNS + " FROM organisations WHERE id = ?", id).map((rs, ctx) -> organisation(rs)).findOne();
    }

    /** True before the first organisation is stored (a fresh database). */
    public boolean isEmpty(Handle h) {
        return h.select("SELECT COUNT(*) FROM organisations").mapTo(Long.class).one() == 0;
    }

    /** An organisation with its list position. */
    public record ListedOrganisation(Organisation organisation, long seq) {
    }

    /**
     * Up to {@code limit} organisations after list position {@code after}, in the order registered:
     * all types when {@code types} is empty.
     */
    public List<ListedOrganisation> organisations(Handle h, List<String> types, long after, int limit) {
        var q = h.createQuery("SELECT " + ORG_COLUMNS + " FROM organisations WHERE seq > :after "
                        + (types.isEmpty() ? "" : "AND type IN (<types>) ") + "ORDER BY seq LIMIT :limit")
                .bind("after", after).bind("limit", limit);
        if (!types.isEmpty()) {
            q.bindList("types", types);
        }
        return q.map((rs, ctx) -> new ListedOrganisation(organisation(rs), rs.getLong(5))).list();
    }

    public UUID exchangeId(Handle h) {
        return h.select("SELECT id FROM organisations WHERE type = 'EXCHANGE' ORDER BY seq LIMIT 1").mapTo(String.class).findOne()
                .map(UUID::fromString).orElse(null);
    }

    public List<Rating> ratings(Handle h, UUID orgId) {
        return h.select("SELECT agency, grade, rated_at FROM ratings WHERE organisation_id = ? ORDER BY agency", orgId)
                .map((rs, ctx) -> rating(rs, 1)).list();
    }

    /**
     * The ratings of several organisations in one statement (a list page), by organisation, each in agency
     * order; an organisation without ratings maps to an empty list.
     */
    public Map<UUID, List<Rating>> ratings(Handle h, Collection<UUID> orgIds) {
        Map<UUID, List<Rating>> out = new LinkedHashMap<>();
        for (UUID id : orgIds) {
            out.put(id, new ArrayList<>());
        }
        if (orgIds.isEmpty()) {
            return out;
        }
        h.createQuery("SELECT organisation_id, agency, grade, rated_at FROM ratings WHERE organisation_id IN (<ids>) "
                        + "ORDER BY organisation_id, agency")
                .bindList("ids", orgIds.stream().map(UUID::toString).toList())
                .map((rs, ctx) -> {
                    out.get(UUID.fromString(rs.getString(1))).add(rating(rs, 2));
                    return null;
                }).list();
        return out;
    }

    private static Rating rating(ResultSet rs, int first) throws SQLException {
        return new Rating(io.redesk.sdk.model.security.RatingAgency.valueOf(rs.getString(first)), rs.getString(first + 1),
                Instant.parse(rs.getString(first + 2)));
    }

    /** Records (or replaces) an agency's rating of an organisation. */
    public void saveRating(Handle h, UUID orgId, String agency, String grade, String ratedAt) {
        h.execute("INSERT INTO ratings(organisation_id, agency, grade, rated_at) VALUES (?,?,?,?) ON CONFLICT (organisation_id, agency) "
                + "DO UPDATE SET grade = excluded.grade, rated_at = excluded.rated_at", orgId, agency, grade, ratedAt);
    }

    /** The domain organisation with its ratings, for the security policy check. */
    public Optional<io.redesk.domain.party.Organisation> domainOrganisation(Handle h, UUID id) {
        return organisation(h, id).map(o -> domainOrganisation(o, ratings(h, id)));
    }

    /** The domain organisation of a wire organisation and its ratings, both already read. */
    public static io.redesk.domain.party.Organisation domainOrganisation(Organisation w, List<Rating> wireRatings) {
        List<io.redesk.domain.party.Rating> ratings = new ArrayList<>();
        for (Rating r : wireRatings) {
            ratings.add(io.redesk.domain.party.Rating.of(RatingAgency.valueOf(r.agency().name()), r.grade()));
        }
        return new io.redesk.domain.party.Organisation(w.id().toString(), w.name(),
                io.redesk.domain.party.OrgType.valueOf(w.type().name()), w.country(), ratings);
    }

    public static User user(ResultSet rs) throws SQLException {
        List<Role> roles = Arrays.stream(rs.getString(5).split(",")).filter(s -> !s.isBlank()).map(Role::valueOf).toList();
        return new User(UUID.fromString(rs.getString(1)), rs.getString(2), rs.getString(3), UUID.fromString(rs.getString(4)), roles);
    }

    public static final String USER_COLUMNS = "id, username, display_name, organisation_id, roles, seq";

    public Optional<User> user(Handle h, UUID id) {
        return h.select("SELECT " + USER_COLUMNS + " FROM users WHERE id = ?", id).map((rs, ctx) -> user(rs)).findOne();
    }

    /** A user with its list position. */
    public record ListedUser(User user, long seq) {
    }

    /** Up to {@code limit} users after list position {@code after}: of one organisation, or of all when it is null. */
    public List<ListedUser> users(Handle h, UUID organisationId, long after, int limit) {
        var q = h.createQuery("SELECT " + USER_COLUMNS + " FROM users WHERE seq > :after "
                        + (organisationId == null ? "" : "AND organisation_id = :org ") + "ORDER BY seq LIMIT :limit")
                .bind("after", after).bind("limit", limit);
        if (organisationId != null) {
            q.bind("org", organisationId);
        }
        return q.map((rs, ctx) -> new ListedUser(user(rs), rs.getLong(6))).list();
    }

    /** A user's id and password hash by username, for signing in. */
    public record Credentials(UUID userId, String passwordHash) {
    }

    public Optional<Credentials> credentials(Handle h, String username) {
        return h.select("SELECT id, password_hash FROM users WHERE username = ?", username)
                .map((rs, ctx) -> new Credentials(UUID.fromString(rs.getString(1)), rs.getString(2))).findOne();
    }

    public Optional<Pool> pool(Handle h, UUID id) {
        var head = h.select("SELECT o.name, p.sector, p.version FROM pools p JOIN organisations o ON o.id = p.id WHERE p.id = ?", id)
                .map((rs, ctx) -> new Object[] {rs.getString(1), rs.getString(2), rs.getLong(3)}).findOne();
        if (head.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Pool(id, (String) head.get()[0], PoolSector.valueOf((String) head.get()[1]),
                poolMembers(h, id), (long) head.get()[2]));
    }

    /** A pool's id with its list position. */
    public record ListedPool(UUID id, long seq) {
    }

    public List<ListedPool> pools(Handle h, long after, int limit) {
        return h.select("SELECT p.id, o.seq FROM pools p JOIN organisations o ON o.id = p.id WHERE o.seq > ? ORDER BY o.seq LIMIT ?",
                after, limit).map((rs, ctx) -> new ListedPool(UUID.fromString(rs.getString(1)), rs.getLong(2))).list();
    }

    public List<PoolMember> poolMembers(Handle h, UUID poolId) {
        return h.select("SELECT m.organisation_id, o.name, m.share FROM pool_members m JOIN organisations o ON o.id = m.organisation_id "
                        + "WHERE m.pool_id = ? ORDER BY m.position", poolId)
                .map((rs, ctx) -> new PoolMember(UUID.fromString(rs.getString(1)), rs.getString(2), rs.getString(3))).list();
    }

    /** Replaces a pool's members (in order, shares as percent text) and bumps its version. */
    public void replacePoolMembers(Handle h, UUID poolId, List<String[]> memberIdAndShare) {
        h.execute("DELETE FROM pool_members WHERE pool_id = ?", poolId);
        insertPoolMembers(h, poolId, memberIdAndShare);
        h.execute("UPDATE pools SET version = version + 1 WHERE id = ?", poolId);
    }

    /** Stores a new pool's members (in order, shares as percent text). */
    public void insertPoolMembers(Handle h, UUID poolId, List<String[]> memberIdAndShare) {
        for (int i = 0; i < memberIdAndShare.size(); i++) {
            h.execute("INSERT INTO pool_members(pool_id, organisation_id, share, position) VALUES (?,?,?,?)",
                    poolId, memberIdAndShare.get(i)[0], memberIdAndShare.get(i)[1], i);
        }
    }

    public StoredPolicy policy(Handle h, UUID orgId) {
        return h.select("SELECT agency, grade, applies_cross_border_rmb, version FROM security_policies WHERE organisation_id = ?", orgId)
                .map((rs, ctx) -> new StoredPolicy(orgId, io.redesk.sdk.model.security.RatingAgency.valueOf(rs.getString(1)),
                        rs.getString(2), rs.getInt(3) != 0, rs.getLong(4)))
                .findOne()
                .orElse(new StoredPolicy(orgId, io.redesk.sdk.model.security.RatingAgency.SP, "A-", true, 1));
    }

    /** Stores an organisation's security policy at {@code version}. */
    public void savePolicy(Handle h, UUID orgId, String agency, String grade, boolean appliesToCrossBorderRmb, long version) {
        h.execute("INSERT INTO security_policies(organisation_id, agency, grade, applies_cross_border_rmb, version) VALUES (?,?,?,?,?) "
                        + "ON CONFLICT (organisation_id) DO UPDATE SET agency = excluded.agency, grade = excluded.grade, "
                        + "applies_cross_border_rmb = excluded.applies_cross_border_rmb, version = excluded.version",
                orgId, agency, grade, appliesToCrossBorderRmb, version);
    }

    // ---- the market's parties as first stored (the demo seed)

    public void insertOrganisation(Handle h, UUID id, String name, String type, String country, long seq, String nameZh) {
        h.execute("INSERT INTO organisations(id, name, type, country, seq, name_zh) VALUES (?,?,?,?,?,?)", id, name, type, country, seq, nameZh);
    }

    public void insertPool(Handle h, UUID id, String sector) {
        h.execute("INSERT INTO pools(id, sector, version) VALUES (?,?,1)", id, sector);
    }

    public void insertUser(Handle h, UUID id, String username, String displayName, UUID orgId, String roles, String passwordHash, long seq) {
        h.execute("INSERT INTO users(id, username, display_name, organisation_id, roles, password_hash, seq) VALUES (?,?,?,?,?,?,?)",
                id, username, displayName, orgId, roles, passwordHash, seq);
    }
}
