package io.redesk.app;

import io.redesk.app.env.AppDirectories;
import io.redesk.app.env.AppVersion;
import io.redesk.app.session.DemoExchange;
import io.redesk.app.session.ExchangeSettings;
import io.redesk.app.session.Session;
import io.redesk.app.session.SignInException;
import io.redesk.app.session.SignInRequest;
import io.redesk.app.session.SignInService;
import io.redesk.store.crypto.CryptoSuite;
import io.redesk.store.vault.VaultOptions;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * {@code redesk --self-test}: proves an installed copy works without a display (CI runs it on the
 * installed package, ADR 0953). In {@code <app-data>/self-test} (emptied first, left in place after, so
 * a check can see the user's folder survive an uninstall) it starts the built-in demo exchange the way
 * the app does, creates an encrypted vault signed in as a demo broker, reads the broker's placements
 * from the exchange, closes the vault, and opens it again with its passphrase alone. The user's own
 * profiles and demo exchange are not touched. Exit status 0 when every step passed, 1 otherwise.
 */
@CliEntryPoint
public final class SelfTest {

    static final String PROFILE = "self-test";
    static final String USER = "broker.alice";
    // a throw-away vault in the self-test folder, never a user's
    private static final String PASSPHRASE = "redesk-self-test";

    private SelfTest() {
    }

    /** Runs the self-test in {@code dirs}' app-data folder, reporting each step on {@code out}. */
    public static int run(AppDirectories dirs, PrintStream out) {
        Path root = dirs.home().resolve("self-test");
        long t0 = System.nanoTime();
        out.println("redesk " + AppVersion.current() + " self-test in " + root);
        try {
            deleteTree(root);
            Files.createDirectories(root);
            try (SignInService service = new SignInService(root, ExchangeSettings.builtInDemo(), VaultOptions.defaults())) {
                service.runSync(false);
                String url = service.exchangeUrl();
                out.println("  built-in demo exchange: " + url + " (" + ms(t0) + " ms)");
                int placements;
                try (Session s = service.signIn(new SignInRequest(PROFILE, true, CryptoSuite.INTERNATIONAL,
                        PASSPHRASE.toCharArray(), USER, DemoExchange.password()))) {
                    placements = (int) s.client().placements().listAll(null).count();
                    out.println("  vault created and signed in as " + s.user().username() + " of "
                            + s.organisation().name() + "; " + placements + " placements on the exchange (" + ms(t0) + " ms)");
                }
                if (placements == 0) {
                    out.println("self-test FAILED: the demo broker sees no placements (was the demo market seeded?)");
                    return 1;
                }
                try (Session s = service.signIn(new SignInRequest(PROFILE, false, CryptoSuite.INTERNATIONAL,
                        PASSPHRASE.toCharArray(), "", ""))) {
                    out.println("  vault closed and opened again with its passphrase alone: " + s.user().username()
                            + " (" + ms(t0) + " ms)");
                }
            }
            out.println("self-test passed in " + ms(t0) + " ms");
            return 0;
        } catch (SignInException | IOException | RuntimeException e) {
            out.println("self-test FAILED: " + e);
            return 1;
        }
    }

    private static long ms(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
