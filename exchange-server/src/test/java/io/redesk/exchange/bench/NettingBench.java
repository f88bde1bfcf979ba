package io.redesk.exchange.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.redesk.exchange.ExchangeServer;
import io.redesk.exchange.account.AccountStore;
import io.redesk.exchange.db.Database;
import io.redesk.exchange.db.DatabaseConfig;
import io.redesk.exchange.http.ContractSchemas;
import io.redesk.exchange.http.Json;
import io.redesk.exchange.seed.DemoSeed;
import io.redesk.exchange.seed.Seed;
import io.redesk.exchange.testing.ApiClient;
import io.redesk.exchange.testing.TestDatabases;
import io.redesk.sdk.model.account.AccountKind;
import io.redesk.sdk.model.account.AccountStatus;
import io.redesk.sdk.model.account.TechnicalAccount;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Netting benchmark (issue 11), run by {@code exchange-server/bench/netting.sh [accounts] [engine]}, never in CI.
 * A demo-seeded exchange (SQLite, or PostgreSQL with {@code -Dredesk.test.engine=postgresql}); one of the
 * cedent's issued technical accounts with several participants is cloned {@code accounts} times (default
 * 100,000) straight into the exchange's store through {@link AccountStore} (set-up, timed apart), spread over
 * four quarters; then the cedent's and one reinsurer's statements ({@code GET /statements}, which nets every
 * issued account into one statement per counterparty, currency and period through {@code domain}'s
 * {@code Statements}) are requested over HTTP on loopback, three times each, and the accounts netted per
 * second printed. The answer is checked: every clone appears once per counterparty in the cedent's statements.
 */
public final class NettingBench {

    private static final String CEDENT = "cedent.finance";
    private static final String REINSURER = "chinare.finance";
    private static final String[] QUARTERS = {"2027Q1", "2027Q2", "2027Q3", "2027Q4"};

    private NettingBench() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path dir = Files.createTempDirectory("redesk-netting-bench-");
        DatabaseConfig db = TestDatabases.forNewExchange();
        say("netting benchmark: %,d technical accounts on %s; %d cores; java %s", n, db.engine(),
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        ExchangeServer server = start(dir, db, 0);
        int port = server.port();
        ApiClient api = new ApiClient(server.baseUri());
        UUID cedent = UUID.fromString(api.get(CEDENT, "/me").json().get("organisation").get("id").asText());
        server.close();

        int[] counts = seed(dir, db, cedent, n);
        int participants = counts[0];

        server = start(dir, db, port);
        try {
            HttpClient http = HttpClient.newHttpClient();
            api = new ApiClient(server.baseUri());
            String cedentToken = api.token(CEDENT);
            String reinsurerToken = api.token(REINSURER);
            for (int round = 1; round <= 3; round++) {
                statements(http, server.baseUri(), cedentToken, "cedent, all periods", "", n, participants, round);
                statements(http, server.baseUri(), cedentToken, "cedent, one quarter", "?period=2027Q2", n / 4, participants, round);
                statements(http, server.baseUri(), reinsurerToken, "reinsurer, all periods", "", n, counts[1], round);
            }
        } finally {
            server.close();
        }
        System.exit(0);
    }

    private static ExchangeServer start(Path dir, DatabaseConfig db, int port) {
        return ExchangeServer.builder().port(port).dataDir(dir).database(db).seed(Seed.DEMO).plainHttp(true).start();
    }

    /**
     * Clones one of the cedent's issued accounts {@code n} times; returns its number of counterparties
     * and whether (1) or not (0) the reinsurer benchmarked is one of them.
     */
    private static int[] seed(Path dir, DatabaseConfig config, UUID cedent, int n) throws Exception {
        Json json = new Json(ContractSchemas.load());
        ObjectMapper mapper = json.mapper();
        AccountStore store = new AccountStore(json);
        long t0 = System.nanoTime();
        int participants;
        int reinsurer;
        try (Database db = Database.open(config, dir, 2)) {
            TechnicalAccount template = db.read(h -> store.issuedAccountsOf(h, cedent)).stream()
                    .filter(a -> a.kind() != AccountKind.REVERSAL && a.status() == AccountStatus.AGREED && a.shares().size() > 1)
                    .findFirst().orElseThrow(() -> new IllegalStateException("the demo seed has no agreed account with several shares"));
            participants = (int) template.shares().stream().filter(s -> !s.participantId().equals(cedent)).count();
            reinsurer = template.shares().stream().anyMatch(s -> s.participantId().equals(DemoSeed.CHINA_RE)) ? 1 : 0;
            ObjectNode doc = mapper.valueToTree(template);
            for (int from = 0; from < n; from += 1_000) {
                List<TechnicalAccount> batch = new ArrayList<>();
                for (int i = from; i < Math.min(n, from + 1_000); i++) {
                    ObjectNode c = doc.deepCopy();
                    c.put("id", UUID.randomUUID().toString());
                    c.put("period", QUARTERS[i % 4]);
                    c.put("contractReference", String.format(Locale.ROOT, "BENCH-%07d", i));
                    batch.add(mapper.treeToValue(c, TechnicalAccount.class));
                }
                db.write(h -> {
                    for (TechnicalAccount a : batch) {
                        store.insert(h, a);
                    }
                    return null;
                });
                if (from % 20_000 == 0) {
                    say("  seeding accounts: %,d / %,d", from + batch.size(), n);
                }
            }
            say("template: %s, %s %s, %d counterparties of the cedent", template.contractReference(), template.currency(),
                    template.status(), participants);
        }
        double s = (System.nanoTime() - t0) / 1e9;
        say("set-up: %,d accounts stored through AccountStore in %.1f s (%,.0f accounts/s, one transaction per 1,000)", n, s, n / s);
        return new int[] {participants, reinsurer};
    }

    private static void statements(HttpClient http, URI base, String token, String who, String query, int accounts,
                                   int counterparties, int round) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(base.resolve("/statements" + query)).header("Authorization", "Bearer " + token)
                .header("Accept", "application/json").GET().build();
        long t0 = System.nanoTime();
        HttpResponse<byte[]> r = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
        double s = (System.nanoTime() - t0) / 1e9;
        if (r.statusCode() != 200) {
            throw new IllegalStateException("GET /statements" + query + " answered " + r.statusCode() + ": " + new String(r.body()));
        }
        JsonNode page = new ObjectMapper().readTree(r.body());
        long benchEntries = 0;
        for (JsonNode st : page.get("items")) {
            for (JsonNode e : st.get("entries")) {
                if (e.get("contractReference").asText().startsWith("BENCH-")) {
                    benchEntries++;
                }
            }
        }
        if (benchEntries != (long) accounts * counterparties) {
            throw new IllegalStateException(who + ": " + benchEntries + " entries of the benchmark accounts, expected "
                    + (long) accounts * counterparties);
        }
        say("round %d, %-24s %,7d accounts netted into %,d statements in %6.2f s = %,8.0f accounts/s (answer %,d KiB)", round, who + ":",
                accounts, page.get("items").size(), s, accounts / s, r.body().length / 1024);
    }

    private static void say(String format, Object... args) {
        System.out.printf(Locale.ROOT, "%s%n", String.format(Locale.ROOT, format, args));
        System.out.flush();
    }
}
