package io.redesk.exchange.auth;

import io.redesk.domain.party.OrgType;
import io.redesk.domain.party.Role;
import io.redesk.exchange.db.Database;
import io.redesk.exchange.http.ApiProblem;
import io.redesk.sdk.model.auth.TokenPair;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;

/**
 * Sessions with short-lived opaque bearer tokens. Only SHA-256 hashes of tokens are stored, so a copy
 * of the database does not hand out sessions (this class is also their store: the SQL of the
 * {@code sessions} table lives here). Refresh rotates both tokens; logout revokes the session.
 * Authenticated callers are cached in memory until their token expires or their session ends, which
 * keeps a read request to one map lookup.
 */
public final class Sessions {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int MAX_CACHED = 10_000;

    private final Database db;
    private final Clock clock;
    private final Duration accessTtl;
    private final Duration refreshTtl;
    private final Map<String, CachedCaller> cache = new ConcurrentHashMap<>();

    private record CachedCaller(Caller caller, long expiresAtMillis) {
    }

    public Sessions(Database db, Clock clock, Duration accessTtl, Duration refreshTtl) {
        this.db = db;
        this.clock = clock;
        this.accessTtl = accessTtl;
        this.refreshTtl = refreshTtl;
    }

    /** Opens a session for the user inside the caller's write transaction. */
    public TokenPair open(Handle h, UUID userId) {
        String access = token("rda_");
        String refresh = token("rdr_");
        long now = clock.millis();
        h.execute("INSERT INTO sessions(id, user_id, access_hash, access_expires_at, refresh_hash, refresh_expires_at) VALUES (?,?,?,?,?,?)",
                UUID.randomUUID(), userId, sha256(access), now + accessTtl.toMillis(), sha256(refresh), now + refreshTtl.toMillis());
        return new TokenPair(access, refresh, "Bearer", accessTtl.toSeconds(), refreshTtl.toSeconds());
    }

    /** Rotates a refresh token: the old session's tokens stop working, a new pair is returned. */
    public TokenPair refresh(Handle h, String refreshToken) {
        long now = clock.millis();
        var row = h.select("SELECT id, user_id, refresh_expires_at, revoked FROM sessions WHERE refresh_hash = ?", sha256(refreshToken))
                .map((rs, ctx) -> new Object[] {rs.getString(1), rs.getString(2), rs.getLong(3), rs.getInt(4)}).findOne();
        if (row.isEmpty() || (int) row.get()[3] != 0 || (long) row.get()[2] <= now) {
            throw ApiProblem.unauthenticated("INVALID_REFRESH_TOKEN", "the refresh token is unknown, expired or already used");
        }
        revoke(h, UUID.fromString((String) row.get()[0]));
        return open(h, UUID.fromString((String) row.get()[1]));
    }

    public void revoke(Handle h, UUID sessionId) {
        h.execute("UPDATE sessions SET revoked = 1 WHERE id = ?", sessionId);
        cache.values().removeIf(cc -> cc.caller().sessionId().equals(sessionId));
    }

    /** The caller of a bearer token, or 401. */
    public Caller authenticate(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw ApiProblem.unauthenticated("UNAUTHENTICATED", "send Authorization: Bearer <accessToken>");
        }
        String hash = sha256(authorization.substring(7).trim());
        long now = clock.millis();
        CachedCaller cached = cache.get(hash);
        if (cached != null && cached.expiresAtMillis() > now) {
            return cached.caller();
        }
        Optional<CachedCaller> found = db.read(h -> h.select(
                "SELECT s.id, s.access_expires_at, s.revoked, u.id, u.roles, o.id, o.type FROM sessions s "
                        + "JOIN users u ON u.id = s.user_id JOIN organisations o ON o.id = u.organisation_id WHERE s.access_hash = ?", hash)
                .map((rs, ctx) -> {
                    if (rs.getInt(3) != 0) {
                        return null;
                    }
                    Caller caller = new Caller(UUID.fromString(rs.getString(4)), UUID.fromString(rs.getString(6)),
                            OrgType.valueOf(rs.getString(7)), roles(rs.getString(5)), UUID.fromString(rs.getString(1)));
                    return new CachedCaller(caller, rs.getLong(2));
                }).findOne());
        if (found.isEmpty()) {
            throw ApiProblem.unauthenticated("UNAUTHENTICATED", "the access token is unknown or was revoked");
        }
        if (found.get().expiresAtMillis() <= now) {
            throw ApiProblem.unauthenticated("TOKEN_EXPIRED", "the access token has expired; refresh it");
        }
        if (cache.size() > MAX_CACHED) {
            cache.values().removeIf(cc -> cc.expiresAtMillis() <= now);
        }
        cache.put(hash, found.get());
        return found.get().caller();
    }

    public static Set<Role> roles(String csv) {
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream(csv.split(",")).filter(s -> !s.isBlank()).map(Role::valueOf).forEach(roles::add);
        return roles;
    }

    public static String rolesCsv(Set<Role> roles) {
        return roles.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    private static String token(String prefix) {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        return prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
