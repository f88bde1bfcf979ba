package io.redesk.exchange;

import io.redesk.exchange.db.DatabaseConfig;
import io.redesk.exchange.seed.Seed;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * Command line: {@code java -jar exchange-server.jar --port P --data DIR [--host H] [--seed demo] [--plain-http]
 * [--db postgresql://host:port/name [--db-credentials FILE]]}. Without {@code --db} the database is SQLite in
 * the data directory. PostgreSQL credentials come from the file ({@code user=}, {@code password=}) or from
 * {@code REDESK_DB_USER} / {@code REDESK_DB_PASSWORD}, never from the command line. Prints the URL and the
 * certificate pin, then serves until interrupted.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) throws InterruptedException {
        ExchangeServer.Builder b = ExchangeServer.builder();
        boolean haveData = false;
        String db = null;
        Path credentials = null;
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--port" -> b.port(Integer.parseInt(value(args, ++i, "--port")));
                    case "--host" -> b.host(value(args, ++i, "--host"));
                    case "--data" -> {
                        b.dataDir(Path.of(value(args, ++i, "--data")));
                        haveData = true;
                    }
                    case "--seed" -> {
                        String s = value(args, ++i, "--seed");
                        if (!s.equals("demo") && !s.equals("none")) {
                            throw new IllegalArgumentException("--seed takes demo or none, not " + s);
                        }
                        b.seed(s.equals("demo") ? Seed.DEMO : Seed.NONE);
                    }
                    case "--plain-http" -> b.plainHttp(true);
                    case "--db" -> db = value(args, ++i, "--db");
                    case "--db-credentials" -> credentials = Path.of(value(args, ++i, "--db-credentials"));
                    case "--announce-client" -> {
                        // VERSION=URL: the newest desktop client and where to download it (in /health)
                        String v = value(args, ++i, "--announce-client");
                        int eq = v.indexOf('=');
                        if (eq < 1) {
                            throw new IllegalArgumentException("--announce-client takes VERSION=URL, e.g. 0.2.0=https://downloads.example.com/redesk/");
                        }
                        b.announceClient(v.substring(0, eq), v.substring(eq + 1));
                    }
                    case "--help", "-h" -> {
                        usage();
                        return;
                    }
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
            if (!haveData) {
                throw new IllegalArgumentException("--data DIR is required");
            }
            if (db != null) {
                b.database(DatabaseConfig.postgresql(db, credentials, System.getenv()));
            } else if (credentials != null) {
                throw new IllegalArgumentException("--db-credentials needs --db postgresql://host:port/name");
            }
        } catch (IllegalArgumentException e) {
            System.err.println("exchange-server: " + e.getMessage());
            usage();
            System.exit(2);
            return;
        }
        ExchangeServer server;
        try {
            server = b.start();
        } catch (RuntimeException e) {
            System.err.println("exchange-server: cannot start: " + e.getMessage());
            System.exit(1);
            return;
        }
        System.out.println("ReDesk exchange listening on " + server.baseUri());
        if (server.certificatePin() != null) {
            System.out.println("TLS certificate pin: " + server.certificatePin());
            System.out.println("TLS certificate SHA-256 fingerprint: " + server.certificateFingerprint());
        } else {
            System.out.println("Plain HTTP (loopback only): for tests, never for real use");
        }
        CountDownLatch stop = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stop.countDown();
        }, "exchange-shutdown"));
        stop.await();
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    private static void usage() {
        System.err.println("usage: java -jar exchange-server.jar --port P --data DIR [--host 127.0.0.1] [--seed demo|none] [--plain-http]\n"
                + "       [--db postgresql://host:5432/name [--db-credentials FILE]]   (else SQLite in DIR; credentials from FILE\n"
                + "       with user= and password=, or from REDESK_DB_USER / REDESK_DB_PASSWORD; pool size REDESK_DB_POOL_SIZE)\n"
                + "       [--announce-client VERSION=URL]   (the newest desktop client, in /health: older clients say so with the link)");
    }
}
