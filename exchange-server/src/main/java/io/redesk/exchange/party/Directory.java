package io.redesk.exchange.party;

import io.redesk.domain.party.CreditGrade;
import io.redesk.domain.party.RatingAgency;
import io.redesk.domain.security.SecurityPolicy;
import io.redesk.exchange.db.Sql;
import io.redesk.sdk.model.party.OrgType;
import io.redesk.sdk.model.party.Organisation;
import io.redesk.sdk.model.party.Role;
import io.redesk.sdk.model.party.User;
import io.redesk.sdk.model.security.Pool;
import io.redesk.sdk.model.security.PoolMember;
import io.redesk.sdk.model.security.PoolSector;
import io.redesk.sdk.model.security.Rating;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Reads the market's parties: organisations, users, ratings, pools and security policies, as wire
 * records, plus the domain views (organisation with ratings, security policy) the rules need.
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

    public Optional<Organisation> organisation(Connection c, UUID id) throws SQLException {
        return Sql.one(c, "SELECT " + ORG_COLUMNS + " FROM organisations WHERE id = ?", Directory::organisation, id);
    }

    public UUID exchangeId(Connection c) throws SQLException {
        return Sql.one(c, "SELECT id FROM organisations WHERE type = 'EXCHANGE' ORDER BY seq LIMIT 1",
                rs -> UUID.fromString(rs.getString(1))).orElse(null);
    }

    public List<Rating> ratings(Connection c, UUID orgId) throws SQLException {
        return Sql.list(c, "SELECT agency, grade, rated_at FROM ratings WHERE organisation_id = ? ORDER BY agency",
                rs -> new Rating(io.redesk.sdk.model.security.RatingAgency.valueOf(rs.getString(1)), rs.getString(2),
                        Instant.parse(rs.getString(3))), orgId);
    }

    /** The domain organisation with its ratings, for the security policy check. */
    public Optional<io.redesk.domain.party.Organisation> domainOrganisation(Connection c, UUID id) throws SQLException {
        Optional<Organisation> o = organisation(c, id);
        if (o.isEmpty()) {
            return Optional.empty();
        }
        List<io.redesk.domain.party.Rating> ratings = new ArrayList<>();
        for (Rating r : ratings(c, id)) {
            ratings.add(io.redesk.domain.party.Rating.of(RatingAgency.valueOf(r.agency().name()), r.grade()));
        }
        Organisation w = o.get();
        return Optional.of(new io.redesk.domain.party.Organisation(w.id().toString(), w.name(),
                io.redesk.domain.party.OrgType.valueOf(w.type().name()), w.country(), ratings));
    }

    public static User user(ResultSet rs) throws SQLException {
        List<Role> roles = Arrays.stream(rs.getString(5).split(",")).filter(s -> !s.isBlank()).map(Role::valueOf).toList();
        return new User(UUID.fromString(rs.getString(1)), rs.getString(2), rs.getString(3), UUID.fromString(rs.getString(4)), roles);
    }

    public static final String USER_COLUMNS = "id, username, display_name, organisation_id, roles, seq";

    public Optional<User> user(Connection c, UUID id) throws SQLException {
        return Sql.one(c, "SELECT " + USER_COLUMNS + " FROM users WHERE id = ?", Directory::user, id);
    }

    public Optional<Pool> pool(Connection c, UUID id) throws SQLException {
        var head = Sql.one(c, "SELECT p.id, o.name, p.sector, p.version FROM pools p JOIN organisations o ON o.id = p.id WHERE p.id = ?",
                rs -> new Object[] {rs.getString(2), rs.getString(3), rs.getLong(4)}, id);
        if (head.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Pool(id, (String) head.get()[0], PoolSector.valueOf((String) head.get()[1]),
                poolMembers(c, id), (long) head.get()[2]));
    }

    public List<PoolMember> poolMembers(Connection c, UUID poolId) throws SQLException {
        return Sql.list(c, "SELECT m.organisation_id, o.name, m.share FROM pool_members m JOIN organisations o ON o.id = m.organisation_id "
                + "WHERE m.pool_id = ? ORDER BY m.position", rs -> new PoolMember(UUID.fromString(rs.getString(1)), rs.getString(2),
                rs.getString(3)), poolId);
    }

    public StoredPolicy policy(Connection c, UUID orgId) throws SQLException {
        return Sql.one(c, "SELECT agency, grade, applies_cross_border_rmb, version FROM security_policies WHERE organisation_id = ?",
                rs -> new StoredPolicy(orgId, io.redesk.sdk.model.security.RatingAgency.valueOf(rs.getString(1)), rs.getString(2),
                        rs.getInt(3) != 0, rs.getLong(4)), orgId)
                .orElse(new StoredPolicy(orgId, io.redesk.sdk.model.security.RatingAgency.SP, "A-", true, 1));
    }
}
