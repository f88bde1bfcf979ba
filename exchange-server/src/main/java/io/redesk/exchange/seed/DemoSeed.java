package io.redesk.exchange.seed;

import io.redesk.exchange.audit.AuditLog;
import io.redesk.exchange.auth.PasswordHasher;
import io.redesk.exchange.db.Database;
import io.redesk.exchange.tls.TlsIdentity;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import io.redesk.exchange.party.Directory;
import org.jdbi.v3.core.Handle;

/**
 * The demo market (README "Demo users"): fixed organisation ids so tests and the app can name them,
 * users for every role sharing the documented demo password, ratings, the aviation pool, default
 * security policies; then placements in every workflow state, created through the running server's
 * own API so they pass every rule and appear in the audit log and change feed like real business.
 */
public final class DemoSeed {
    /** The password of every demo user (demo data only). */
    public static final String PASSWORD = "redesk-demo-2026";

    public static final UUID EXCHANGE = id("org:exchange");
    public static final UUID DONGFANG = id("org:dongfang");
    public static final UUID LION_CITY = id("org:lioncity");
    public static final UUID HUATAI = id("org:huatai");
    public static final UUID LUJIAZUI = id("org:lujiazui");
    public static final UUID CHINA_RE = id("org:chinare");
    public static final UUID PUDONG_RE = id("org:pudong");
    public static final UUID JINQIAO_RE = id("org:jinqiao");
    public static final UUID THAMES_RE = id("org:thames");
    public static final UUID MINOR_RE = id("org:minor");
    public static final UUID AVIATION_POOL = id("org:pool");

    private DemoSeed() {
    }

    /** A stable id derived from a demo key. */
    public static UUID id(String key) {
        return UUID.nameUUIDFromBytes(("redesk-demo:" + key).getBytes(StandardCharsets.UTF_8));
    }

    private record Org(UUID id, String name, String type, String country, String agency, String grade, String nameZh) {
    }

    private record U(String username, String name, UUID org, String roles) {
    }

    /** The demo's parties; the overseas ones (and Minor Mutual) have no Chinese name in the reference data. */
    private static final List<Org> ORGS = List.of(
            new Org(EXCHANGE, "Shanghai International Reinsurance Exchange", "EXCHANGE", "CN", null, null, "上海国际再保险登记交易中心"),
            new Org(DONGFANG, "Dongfang Property & Casualty", "CEDENT", "CN", null, null, "东方财产保险"),
            new Org(LION_CITY, "Lion City General Insurance", "CEDENT", "SG", null, null, null),
            new Org(HUATAI, "Huatai Re Brokers", "BROKER", "CN", null, null, "华泰再保险经纪"),
            new Org(LUJIAZUI, "Lujiazui Risk Partners", "BROKER", "CN", null, null, "陆家嘴风险合伙"),
            new Org(CHINA_RE, "China Re Shanghai", "REINSURER", "CN", "SP", "AA-", "中再上海"),
            new Org(PUDONG_RE, "Pudong Re", "REINSURER", "CN", "SP", "A", "浦东再保险"),
            new Org(JINQIAO_RE, "Jinqiao Re", "REINSURER", "CN", "AM_BEST", "A+", "金桥再保险"),
            new Org(THAMES_RE, "Thames Re Ltd", "REINSURER", "GB", "SP", "A+", null),
            new Org(MINOR_RE, "Minor Mutual Re", "REINSURER", "CN", "SP", "BBB+", null),
            new Org(AVIATION_POOL, "China Aviation Reinsurance Pool", "POOL", "CN", "EXCHANGE", "A", "中国航空再保险共同体"));

    /** Demo users: username, display name, organisation, roles. */
    private static final List<U> USERS = List.of(
            new U("ops.admin", "Exchange Operations", EXCHANGE, "ADMIN"),
            new U("cedent.admin", "Dongfang Admin", DONGFANG, "ADMIN"),
            new U("cedent.broker", "Dongfang Reinsurance Buyer", DONGFANG, "BROKER"),
            new U("cedent.finance", "Dongfang Finance", DONGFANG, "FINANCE"),
            new U("sgcedent.broker", "Lion City Reinsurance Buyer", LION_CITY, "BROKER"),
            new U("sgcedent.finance", "Lion City Finance", LION_CITY, "FINANCE"),
            new U("broker.alice", "Alice Wang", HUATAI, "BROKER"),
            new U("broker.admin", "Huatai Admin", HUATAI, "ADMIN"),
            new U("broker.finance", "Huatai Finance", HUATAI, "FINANCE"),
            new U("broker.bob", "Bob Li", LUJIAZUI, "BROKER"),
            new U("uw.chinare", "Chen Underwriter", CHINA_RE, "UNDERWRITER"),
            new U("chinare.admin", "China Re Admin", CHINA_RE, "ADMIN"),
            new U("chinare.finance", "China Re Finance", CHINA_RE, "FINANCE"),
            new U("uw.pudong", "Pudong Underwriter", PUDONG_RE, "UNDERWRITER"),
            new U("pudong.finance", "Pudong Re Finance", PUDONG_RE, "FINANCE"),
            new U("uw.jinqiao", "Jinqiao Underwriter", JINQIAO_RE, "UNDERWRITER"),
            new U("uw.thames", "Thames Underwriter", THAMES_RE, "UNDERWRITER"),
            new U("thames.finance", "Thames Re Finance", THAMES_RE, "FINANCE"),
            new U("uw.minor", "Minor Mutual Underwriter", MINOR_RE, "UNDERWRITER"),
            new U("uw.pool", "Pool Underwriter", AVIATION_POOL, "UNDERWRITER"),
            new U("pool.admin", "Pool Admin", AVIATION_POOL, "ADMIN"),
            new U("pool.finance", "Pool Finance", AVIATION_POOL, "FINANCE"));

    /**
     * Who a demo user is, for a sign-in screen that lets a newcomer pick "a broker" or "an underwriter".
     *
     * @param username     the login
     * @param displayName  the person
     * @param organisation the organisation's name
     * @param role         BROKER, UNDERWRITER, FINANCE or ADMIN
     */
    public record DemoUser(String username, String displayName, String organisation, String role) {
    }

    /** Every demo user, in the order {@link #usernames()} lists them. */
    public static List<DemoUser> users() {
        return USERS.stream().map(u -> new DemoUser(u.username(), u.name(),
                ORGS.stream().filter(o -> o.id().equals(u.org())).findFirst().map(Org::name).orElse(""), u.roles())).toList();
    }

    /** Every demo username. */
    public static List<String> usernames() {
        return USERS.stream().map(U::username).toList();
    }

    /**
     * Inserts organisations, ratings, the pool, policies and users when the database holds no organisation
     * yet, in one write transaction (so of several instances starting on one empty database, one seeds it).
     *
     * @return true when this call seeded the parties (the caller then creates the demo placements)
     */
    public static boolean insertPartiesIfEmpty(Database db, Directory dir, PasswordHasher hasher) {
        if (!db.read(dir::isEmpty)) {
            return false;
        }
        // One hash for the shared demo password: demo users share it by design, and hashing it once
        // keeps a fresh start fast.
        String hash = hasher.hash(PASSWORD);
        String now = DateTimeFormatter.ISO_INSTANT.format(Instant.now().truncatedTo(ChronoUnit.MILLIS));
        return db.write(h -> {
            if (!dir.isEmpty(h)) {
                return false;
            }
            insert(h, dir, hash, now);
            return true;
        });
    }

    private static void insert(Handle h, Directory dir, String hash, String now) {
        long seq = 0;
        for (Org o : ORGS) {
            dir.insertOrganisation(h, o.id(), o.name(), o.type(), o.country(), ++seq, o.nameZh());
            if (o.agency() != null) {
                dir.saveRating(h, o.id(), o.agency(), o.grade(), now);
            }
            if (o.type().equals("BROKER") || o.type().equals("CEDENT")) {
                dir.savePolicy(h, o.id(), "SP", "A-", true, 1);
            }
        }
        dir.insertPool(h, AVIATION_POOL, "AVIATION_AEROSPACE");
        dir.insertPoolMembers(h, AVIATION_POOL, List.of(new String[] {CHINA_RE.toString(), "50.0000"},
                new String[] {PUDONG_RE.toString(), "30.0000"}, new String[] {JINQIAO_RE.toString(), "20.0000"}));
        long useq = 0;
        for (U u : USERS) {
            dir.insertUser(h, id("user:" + u.username()), u.username(), u.name(), u.org(), u.roles(), hash, ++useq);
        }
        new AuditLog().append(h, now, new AuditLog.Actor(null, null), "DEMO_MARKET_SEEDED", null, null,
                ORGS.size() + " organisations, " + USERS.size() + " users", List.of(), true);
    }

    /** Creates the demo placements through the running server's API. */
    public static void insertPlacements(URI base, TlsIdentity tls) {
        SeedClient client = new SeedClient(base, tls);
        new DemoPlacements(client).createAll();
        new DemoAccounts(client).createAll();
    }
}
