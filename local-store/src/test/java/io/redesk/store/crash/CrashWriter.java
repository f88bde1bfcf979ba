package io.redesk.store.crash;

import io.redesk.store.doc.Json;
import io.redesk.store.outbox.Outbox;
import io.redesk.store.placement.PlacementRepository;
import io.redesk.store.placement.SlipVersionRepository;
import io.redesk.store.testing.Samples;
import io.redesk.store.testing.TestVaults;
import io.redesk.store.vault.Vault;
import io.redesk.store.vault.VaultLocation;
import io.redesk.store.vault.Vaults;
import java.nio.file.Path;

/**
 * Child process of {@link KillDuringWriteTest}: unlocks the vault and commits transactions (placement +
 * slip version + outbox row) until it is killed, printing {@code COMMIT <n>} after each commit returns.
 * A CLI entry point, so it prints.
 */
public final class CrashWriter {

    private CrashWriter() {
    }

    public static void main(String[] args) {
        Path appData = Path.of(args[0]);
        int next = Integer.parseInt(args[1]);
        // Optional: stop after this many commits and exit normally (the class-data-sharing warm-up run).
        int stopAfter = args.length > 2 ? Integer.parseInt(args[2]) : Integer.MAX_VALUE;
        Vault vault = Vaults.unlock(new VaultLocation(appData, "alice"), TestVaults.PASSPHRASE.toCharArray(),
                TestVaults.options());
        PlacementRepository placements = new PlacementRepository(vault);
        SlipVersionRepository slips = new SlipVersionRepository(vault);
        Outbox outbox = new Outbox(vault);
        System.out.println("READY");
        System.out.flush();
        for (int n = next, done = 0; done < stopAfter; n++, done++) {
            String id = "p-" + n;
            vault.transaction(() -> {
                placements.insert(Samples.placement(id, "Crash test placement " + id, "B" + id));
                slips.insert(Samples.slip("s-" + id, id, 1));
                outbox.enqueue("cm-" + id, "placement", id, "placement.create", Json.mapper().createObjectNode().put("id", id));
            });
            System.out.println("COMMIT " + n);
            System.out.flush();
        }
        vault.close();
    }
}
