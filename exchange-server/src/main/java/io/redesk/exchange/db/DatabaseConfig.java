package io.redesk.exchange.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;

/**
 * Which database the exchange uses. SQLite is the default: {@code exchange.db} in the data directory.
 * PostgreSQL is named as {@code postgresql://host:port/name}; its user and password never come from the
 * command line (they would show in {@code ps}), but from a properties file ({@code user=},
 * {@code password=}) or the environment ({@code REDESK_DB_USER}, {@code REDESK_DB_PASSWORD}).
 *
 * @param poolSize connections per exchange instance (PostgreSQL only); see exchange-server/README.md
 */
public record DatabaseConfig(Engine engine, String host, int port, String name, String user, String password, int poolSize) {

    public static final String ENV_USER = "REDESK_DB_USER";
    public static final String ENV_PASSWORD = "REDESK_DB_PASSWORD";
    public static final String ENV_POOL_SIZE = "REDESK_DB_POOL_SIZE";
    /** Connections per instance unless configured: enough for 2 cores' request threads (README). */
    public static final int DEFAULT_POOL_SIZE = 8;

    public DatabaseConfig {
        Objects.requireNonNull(engine, "engine");
        if (engine == Engine.POSTGRESQL) {
            if (host == null || host.isEmpty() || name == null || name.isEmpty()) {
                throw new IllegalArgumentException("a PostgreSQL database needs a host and a database name");
            }
            if (user == null || user.isEmpty()) {
                throw new IllegalArgumentException("no PostgreSQL user: set " + ENV_USER + " or give --db-credentials FILE with user=...");
            }
            if (poolSize < 1 || poolSize > 200) {
                throw new IllegalArgumentException("the pool size must be 1..200, was " + poolSize);
            }
        }
    }

    /** The embedded default. */
    public static DatabaseConfig sqlite() {
        return new DatabaseConfig(Engine.SQLITE, null, 0, null, null, null, 1);
    }

    /**
     * A PostgreSQL database from its {@code postgresql://host[:port]/name} address, with the credentials
     * from {@code credentialsFile} when given, otherwise from {@code env}.
     */
    public static DatabaseConfig postgresql(String address, Path credentialsFile, Map<String, String> env) {
        URI uri;
        try {
            uri = new URI(address);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("--db must look like postgresql://host:5432/name, not " + address);
        }
        if (!"postgresql".equals(uri.getScheme()) || uri.getHost() == null || uri.getPath() == null || uri.getPath().length() < 2
                || uri.getQuery() != null || uri.getFragment() != null) {
            throw new IllegalArgumentException("--db must look like postgresql://host:5432/name, not " + address);
        }
        if (uri.getUserInfo() != null) {
            throw new IllegalArgumentException("--db must not carry a user or password; use --db-credentials FILE or "
                    + ENV_USER + "/" + ENV_PASSWORD);
        }
        String name = uri.getPath().substring(1);
        if (!name.matches("[A-Za-z0-9_\\-]{1,63}")) {
            throw new IllegalArgumentException("the database name must be 1..63 letters, digits, _ or -, not " + name);
        }
        String user;
        String password;
        if (credentialsFile != null) {
            Properties p = new Properties();
            try {
                p.load(Files.newBufferedReader(credentialsFile, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the credentials file " + credentialsFile, e);
            }
            user = p.getProperty("user");
            password = p.getProperty("password");
        } else {
            user = env.get(ENV_USER);
            password = env.get(ENV_PASSWORD);
        }
        int pool = DEFAULT_POOL_SIZE;
        String ps = env.get(ENV_POOL_SIZE);
        if (ps != null && !ps.isEmpty()) {
            try {
                pool = Integer.parseInt(ps);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(ENV_POOL_SIZE + " must be a whole number, not " + ps);
            }
        }
        return new DatabaseConfig(Engine.POSTGRESQL, uri.getHost(), uri.getPort() < 0 ? 5432 : uri.getPort(), name, user, password, pool);
    }

    /** The same server with another database name (tests give every exchange its own database). */
    public DatabaseConfig withName(String otherName) {
        return new DatabaseConfig(engine, host, port, otherName, user, password, poolSize);
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://" + host + ":" + port + "/" + name;
    }

    /** The address without credentials, for logs. */
    @Override
    public String toString() {
        return engine == Engine.SQLITE ? "sqlite" : "postgresql://" + host + ":" + port + "/" + name + " as " + user
                + " (pool " + poolSize + ")";
    }
}
