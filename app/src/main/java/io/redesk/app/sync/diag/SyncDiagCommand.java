package io.redesk.app.sync.diag;

import io.redesk.app.CliEntryPoint;
import io.redesk.app.sync.engine.SyncStore;
import io.redesk.store.WrongPassphraseException;
import io.redesk.store.vault.Vault;
import io.redesk.store.vault.VaultLocation;
import io.redesk.store.vault.VaultOptions;
import io.redesk.store.vault.Vaults;
import java.io.Console;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * {@code java -cp redesk.jar io.redesk.app.sync.diag.SyncDiagCommand --data DIR --profile NAME}: prints
 * the sync diagnostic ({@link SyncReport}: outbox, cursors, conflicts) of one vault. The passphrase is
 * read from the console, or from {@code REDESK_VAULT_PASSPHRASE} for scripted support sessions. Opens
 * the vault read-mostly (unlocking records nothing but the unlock itself) and never contacts the exchange.
 */
@CliEntryPoint
public final class SyncDiagCommand {

    static final String USAGE = "usage: SyncDiagCommand --data <app data dir> --profile <vault profile>";

    private SyncDiagCommand() {
    }

    public static void main(String[] args) {
        String data = null;
        String profile = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--data" -> data = i + 1 < args.length ? args[++i] : null;
                case "--profile" -> profile = i + 1 < args.length ? args[++i] : null;
                case "--help", "-h" -> {
                    System.out.println(USAGE);
                    return;
                }
                default -> fail("unknown argument '" + args[i] + "'");
            }
        }
        if (data == null || profile == null) {
            fail("both --data and --profile are required");
        }
        VaultLocation location = new VaultLocation(Path.of(data), profile);
        if (!Vaults.exists(location)) {
            fail("no vault for profile '" + profile + "' under " + data);
        }
        char[] passphrase = passphrase();
        try (Vault vault = Vaults.unlock(location, passphrase, VaultOptions.defaults())) {
            System.out.print(SyncReport.render(new SyncStore(vault)));
        } catch (WrongPassphraseException e) {
            fail("wrong passphrase");
        } finally {
            Arrays.fill(passphrase, '\0');
        }
    }

    private static char[] passphrase() {
        String env = System.getenv("REDESK_VAULT_PASSPHRASE");
        if (env != null) {
            return env.toCharArray();
        }
        Console console = System.console();
        if (console == null) {
            fail("no console to ask for the passphrase; set REDESK_VAULT_PASSPHRASE");
        }
        return console.readPassword("Vault passphrase: ");
    }

    private static void fail(String message) {
        System.err.println("sync-diag: " + message);
        System.err.println(USAGE);
        System.exit(2);
    }
}
