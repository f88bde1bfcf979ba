package io.redesk.app.desk;

import io.redesk.exchange.ExchangeServer;
import io.redesk.exchange.seed.DemoSeed;
import io.redesk.exchange.seed.Seed;
import io.redesk.sdk.ExchangeClient;
import io.redesk.sdk.ExchangeClientOptions;
import io.redesk.store.crypto.CryptoSuite;
import io.redesk.store.crypto.KdfParams;
import io.redesk.store.vault.Vault;
import io.redesk.store.vault.VaultLocation;
import io.redesk.store.vault.VaultOptions;
import io.redesk.store.vault.Vaults;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The real components a desk test runs against: an in-process exchange with the demo seed (plain HTTP
 * on loopback), signed-in SDK clients per demo user, and a fresh vault with a fast KDF.
 */
public final class DeskFixture implements AutoCloseable {

    public final ExchangeServer server;
    public final Vault vault;
    private final List<ExchangeClient> clients = new ArrayList<>();

    public DeskFixture(Path dir) {
        server = ExchangeServer.builder().port(0).dataDir(dir.resolve("exchange")).seed(Seed.DEMO).plainHttp(true).start();
        vault = Vaults.create(new VaultLocation(dir.resolve("app"), "test"), "correct horse".toCharArray(),
                CryptoSuite.INTERNATIONAL, VaultOptions.defaults().withKdf(new KdfParams(256, 1, 1)));
    }

    /** A client signed in as demo user {@code username}. */
    public ExchangeClient signIn(String username) {
        ExchangeClient c = ExchangeClient.create(ExchangeClientOptions.builder().baseUrl(server.baseUri().toString()).build());
        c.auth().login(username, DemoSeed.PASSWORD);
        clients.add(c);
        return c;
    }

    /** A slip complete for submission, from the facultative property template. */
    public static SlipForm completeSlip(String umr) {
        return SlipTemplates.all(LocalDate.of(2027, 1, 1)).get(0).form()
                .with(SlipField.UMR, umr)
                .with(SlipField.REINSURED, "Dongfang Property & Casualty")
                .with(SlipField.INSURED, "Yangshan Port Logistics")
                .with(SlipField.INTEREST, "Warehouses and stock at Yangshan deep-water port")
                .with(SlipField.SUM_INSURED, "800000000")
                .with(SlipField.LIMIT_PER_RISK, "200000000")
                .with(SlipField.PREMIUM, "1200000.00")
                .with(SlipField.SLIP_LEADER, "China Re Shanghai");
    }

    @Override
    public void close() {
        clients.forEach(ExchangeClient::close);
        vault.close();
        server.close();
    }
}
