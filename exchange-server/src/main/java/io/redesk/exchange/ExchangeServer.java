package io.redesk.exchange;

import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.compression.Gzip;
import io.redesk.exchange.account.AccountRoutes;
import io.redesk.exchange.account.AccountStore;
import io.redesk.exchange.account.Accounts;
import io.redesk.exchange.account.ClaimRoutes;
import io.redesk.exchange.account.ClaimStore;
import io.redesk.exchange.account.InvoiceRoutes;
import io.redesk.exchange.account.SettlementRoutes;
import io.redesk.exchange.audit.AuditLog;
import io.redesk.exchange.audit.AuditRoutes;
import io.redesk.exchange.auth.AuthRoutes;
import io.redesk.exchange.auth.LoginThrottle;
import io.redesk.exchange.auth.PasswordHasher;
import io.redesk.exchange.auth.Sessions;
import io.redesk.exchange.db.Database;
import io.redesk.exchange.db.DatabaseConfig;
import io.redesk.exchange.feed.ChangeFeed;
import io.redesk.exchange.feed.FeedRoutes;
import io.redesk.exchange.http.Api;
import io.redesk.exchange.http.ContractSchemas;
import io.redesk.exchange.http.Json;
import io.redesk.exchange.http.MutationBatches;
import io.redesk.exchange.idempotency.IdempotencyStore;
import io.redesk.exchange.line.LineRoutes;
import io.redesk.exchange.line.LineStore;
import io.redesk.exchange.party.Directory;
import io.redesk.exchange.party.PartyRoutes;
import io.redesk.exchange.party.SecurityScreen;
import io.redesk.exchange.placement.PlacementRoutes;
import io.redesk.exchange.placement.PlacementStore;
import io.redesk.exchange.quote.QuoteRoutes;
import io.redesk.exchange.quote.QuoteStore;
import io.redesk.exchange.registration.RegistrationRoutes;
import io.redesk.exchange.seed.DemoSeed;
import io.redesk.exchange.seed.Seed;
import io.redesk.exchange.signing.SigningRoutes;
import io.redesk.exchange.tls.TlsIdentity;
import io.redesk.sdk.model.Health;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running exchange: Javalin on an embedded SQLite database in a data directory (or on a PostgreSQL
 * database shared with other instances, {@link Builder#database}), TLS with a self-signed certificate
 * unless plain HTTP was asked for (loopback only). Build one with
 * {@link #builder()}; {@link #close()} stops it. The app's built-in demo and every end-to-end test
 * run it in-process; {@link Main} runs it from the command line.
 */
public final class ExchangeServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ExchangeServer.class);
    /** Largest accepted request body. */
    public static final long MAX_BODY_BYTES = 256 * 1024;
    /** The version reported by {@code /health}. */
    public static final String VERSION = "0.1.0";

    private final Javalin app;
    private final Database db;
    private final URI baseUri;
    private final String pin;
    private final String fingerprint;

    private ExchangeServer(Javalin app, Database db, URI baseUri, String pin, String fingerprint) {
        this.app = app;
        this.db = db;
        this.baseUri = baseUri;
        this.pin = pin;
        this.fingerprint = fingerprint;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** e.g. {@code https://127.0.0.1:8443}, or {@code http://...} in plain mode. */
    public URI baseUri() {
        return baseUri;
    }

    public int port() {
        return baseUri.getPort();
    }

    /** {@code sha256/<base64>} public-key pin of the TLS certificate; null in plain-HTTP mode. */
    public String certificatePin() {
        return pin;
    }

    /** SHA-256 fingerprint of the whole certificate; null in plain-HTTP mode. */
    public String certificateFingerprint() {
        return fingerprint;
    }

    @Override
    public void close() {
        app.stop();
        db.close();
        LOG.info("exchange stopped");
    }

    /** Options of a server; {@link #start()} validates them and starts it. */
    public static final class Builder {
        private String host = "127.0.0.1";
        private int port = 8443;
        private Path dataDir;
        private DatabaseConfig database = DatabaseConfig.sqlite();
        private Seed seed = Seed.NONE;
        private boolean plainHttp;
        private Clock clock = Clock.systemUTC();
        private int maxLoginFailuresPerUser = 5;
        private int maxLoginAttemptsPerAddress = 300;
        private Duration loginWindow = Duration.ofMinutes(5);
        private Duration accessTtl = Duration.ofMinutes(15);
        private Duration refreshTtl = Duration.ofHours(12);
        private io.redesk.sdk.model.ClientRelease client;

        public Builder host(String host) {
            this.host = Objects.requireNonNull(host, "host");
            return this;
        }

        /** 0 picks a free port. */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port must be 0..65535, was " + port);
            }
            this.port = port;
            return this;
        }

        public Builder dataDir(Path dataDir) {
            this.dataDir = Objects.requireNonNull(dataDir, "dataDir");
            return this;
        }

        /**
         * The database: SQLite in the data directory (the default), or PostgreSQL. The data directory is
         * still needed for the TLS identity; instances sharing a database keep their own.
         */
        public Builder database(DatabaseConfig database) {
            this.database = Objects.requireNonNull(database, "database");
            return this;
        }

        public Builder seed(Seed seed) {
            this.seed = Objects.requireNonNull(seed, "seed");
            return this;
        }

        /** Plain HTTP instead of TLS; refused unless the host is a loopback address. */
        public Builder plainHttp(boolean plainHttp) {
            this.plainHttp = plainHttp;
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** Login rate limits: failed logins per username and attempts per client address within the window. */
        public Builder loginLimits(int failuresPerUser, int attemptsPerAddress, Duration window) {
            if (failuresPerUser < 1 || attemptsPerAddress < 1 || window.isNegative() || window.isZero()) {
                throw new IllegalArgumentException("login limits must be positive");
            }
            this.maxLoginFailuresPerUser = failuresPerUser;
            this.maxLoginAttemptsPerAddress = attemptsPerAddress;
            this.loginWindow = window;
            return this;
        }

        /**
         * Announces the newest desktop client in {@code /health} ({@code client}): older clients tell their
         * user, with the link. Absent by default.
         *
         * @throws IllegalArgumentException if the version is not a client version or the URL not an absolute http(s) URL
         */
        public Builder announceClient(String latestVersion, String downloadUrl) {
            io.redesk.domain.release.ClientVersion.parse(latestVersion);
            URI url;
            try {
                url = new URI(Objects.requireNonNull(downloadUrl, "downloadUrl"));
            } catch (java.net.URISyntaxException e) {
                throw new IllegalArgumentException("the client download URL is not a URL: " + downloadUrl, e);
            }
            if (!url.isAbsolute() || !("https".equals(url.getScheme()) || "http".equals(url.getScheme())) || url.getHost() == null) {
                throw new IllegalArgumentException("the client download URL must be an absolute http(s) URL, was " + downloadUrl);
            }
            this.client = new io.redesk.sdk.model.ClientRelease(latestVersion, downloadUrl);
            return this;
        }

        public Builder tokenLifetimes(Duration access, Duration refresh) {
            if (access.isNegative() || access.isZero() || refresh.compareTo(access) < 0) {
                throw new IllegalArgumentException("token lifetimes must be positive, refresh at least as long as access");
            }
            this.accessTtl = access;
            this.refreshTtl = refresh;
            return this;
        }

        public ExchangeServer start() {
            if (dataDir == null) {
                throw new IllegalStateException("dataDir is required");
            }
            boolean loopback;
            try {
                loopback = InetAddress.getByName(host).isLoopbackAddress();
            } catch (UnknownHostException e) {
                throw new IllegalArgumentException("unknown host " + host, e);
            }
            if (plainHttp && !loopback) {
                throw new IllegalArgumentException("plain HTTP is for loopback tests only; bind 127.0.0.1 or use TLS (host was " + host + ")");
            }
            ownerOnlyDirectory(dataDir);
            return launch(this, loopback);
        }
    }

    /**
     * Creates the data directory readable by its owner only (0700): it holds the database file and the TLS
     * private key. An existing directory is narrowed to 0700 as well.
     */
    static void ownerOnlyDirectory(Path dir) {
        try {
            boolean posix = dir.getFileSystem().supportedFileAttributeViews().contains("posix");
            if (!Files.exists(dir)) {
                if (posix) {
                    Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
                } else {
                    Files.createDirectories(dir);
                }
            }
            if (posix) {
                Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data directory " + dir, e);
        }
    }

    /** Responses smaller than this go uncompressed (see {@link #compression()}). */
    static final int MIN_COMPRESSED_BYTES = 8 * 1024;

    /**
     * Gzip for large answers only. A mutation's answer is one document of a few KiB: compressing it cost
     * about a tenth of the exchange's CPU per mutation (and the client's to inflate it) to save about one
     * packet. Feed pages, lists and the contract are far larger and stay compressed.
     */
    static CompressionStrategy compression() {
        CompressionStrategy gzip = new CompressionStrategy(null, new Gzip());
        gzip.setDefaultMinSizeForCompression(MIN_COMPRESSED_BYTES);
        return gzip;
    }

    private static ExchangeServer launch(Builder b, boolean loopback) {
        Database db = Database.open(b.database, b.dataDir, 4);
        try {
            ContractSchemas schemas = ContractSchemas.load();
            Json json = new Json(schemas);
            TlsIdentity tls = b.plainHttp ? null : TlsIdentity.loadOrCreate(b.dataDir);
            PasswordHasher hasher = PasswordHasher.defaults();
            Directory dir = new Directory();
            boolean fresh = b.seed == Seed.DEMO && DemoSeed.insertPartiesIfEmpty(db, dir, hasher);
            Sessions sessions = new Sessions(db, b.clock, b.accessTtl, b.refreshTtl);
            LoginThrottle throttle = new LoginThrottle(b.maxLoginFailuresPerUser, b.maxLoginAttemptsPerAddress, b.loginWindow.toMillis(), b.clock);
            Javalin app = Javalin.create(cfg -> {
                cfg.startup.showJavalinBanner = false;
                cfg.startup.showOldJavalinVersionWarning = false;
                cfg.http.maxRequestSize = MAX_BODY_BYTES;
                cfg.http.compressionStrategy = compression();
                cfg.http.prefer405over404 = true;
                cfg.jetty.modifyServer(server -> server.setErrorHandler(new io.redesk.exchange.http.ProblemErrorHandler()));
                cfg.jetty.host = b.host;
                cfg.jetty.port = b.port;
                if (tls != null) {
                    cfg.jetty.addConnector((server, httpConfig) -> {
                        SslContextFactory.Server ssl = new SslContextFactory.Server();
                        ssl.setKeyStore(tls.keyStore());
                        ssl.setKeyStorePassword(tls.password());
                        HttpConfiguration https = new HttpConfiguration(httpConfig);
                        https.addCustomizer(new SecureRequestCustomizer(false));
                        ServerConnector connector = new ServerConnector(server, new SslConnectionFactory(ssl, "http/1.1"),
                                new HttpConnectionFactory(https));
                        connector.setHost(b.host);
                        connector.setPort(b.port);
                        return connector;
                    });
                }
                AuditLog audit = new AuditLog();
                ChangeFeed feed = new ChangeFeed();
                Api api = new Api(cfg.routes, db, sessions, new IdempotencyStore(Duration.ofHours(24).toMillis()), json, b.clock);
                byte[] yaml = schemas.yaml();
                api.open("/openapi.yaml", ctx -> ctx.contentType("application/yaml").result(yaml));
                Health health = new Health("UP", VERSION, b.client);
                api.open("/health", ctx -> ctx.contentType(Api.JSON).result(json.write(health)));
                api.open("/ready", ctx -> {
                    if (!db.ready()) {
                        throw io.redesk.exchange.http.ApiProblem.of(503, "UNAVAILABLE", "Not ready", "the database does not answer");
                    }
                    ctx.contentType(Api.JSON).result(json.write(new Health("UP", VERSION)));
                });
                new AuthRoutes(api, dir, sessions, hasher, throttle).register();
                new PartyRoutes(api, dir, audit).register();
                PlacementStore placements = new PlacementStore(json, dir, feed, audit);
                QuoteStore quotes = new QuoteStore(json, placements, b.clock);
                LineStore lines = new LineStore(json, placements, dir);
                SecurityScreen screen = new SecurityScreen(dir);
                new PlacementRoutes(api, placements, quotes).register();
                new QuoteRoutes(api, placements, quotes, screen).register();
                new LineRoutes(api, placements, quotes, lines, screen, dir).register();
                Accounts accounts = new Accounts(new AccountStore(json), placements, lines, dir, feed, audit, json);
                AccountRoutes accountRoutes = new AccountRoutes(api, accounts);
                new SigningRoutes(api, placements, lines, dir, accountRoutes::premiumAccountsAtSigning).register();
                accountRoutes.register();
                new ClaimRoutes(api, accounts, new ClaimStore(json)).register();
                new SettlementRoutes(api, accounts).register();
                new InvoiceRoutes(api, accounts).register();
                new RegistrationRoutes(api, placements, lines).register();
                new FeedRoutes(api, feed).register();
                new AuditRoutes(api, audit).register();
                new MutationBatches(api, b.clock).register();
            });
            app.start();
            int port = app.port();
            String scheme = tls == null ? "http" : "https";
            String hostForUri = loopback || "0.0.0.0".equals(b.host) ? "127.0.0.1" : b.host;
            URI base = URI.create(scheme + "://" + hostForUri + ":" + port);
            ExchangeServer server = new ExchangeServer(app, db, base, tls == null ? null : tls.pin(), tls == null ? null : tls.fingerprint());
            if (fresh) {
                DemoSeed.insertPlacements(base, tls);
            }
            LOG.info("exchange listening on {}", base);
            return server;
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }
}
