package io.redesk.store.bench;

import io.redesk.store.crypto.CryptoSuite;
import io.redesk.store.crypto.KdfParams;
import io.redesk.store.doc.DocumentRepository;
import io.redesk.store.doc.Stored;
import io.redesk.store.vault.Vault;
import io.redesk.store.vault.VaultLocation;
import io.redesk.store.vault.VaultOptions;
import io.redesk.store.vault.Vaults;
import java.nio.file.Path;
import java.util.List;

/** The encrypted vault, through the real document layer (the same code every repository runs). */
final class VaultStore implements BenchStore {

    /** Key derivation is measured by the unlock benchmark, not here. */
    static final KdfParams CHEAP = new KdfParams(1024, 1, 1);

    private final Vault vault;
    private final DocumentRepository<BenchSlip> repo;

    VaultStore(Path appData, CryptoSuite suite) {
        VaultLocation where = new VaultLocation(appData, "bench");
        VaultOptions opts = VaultOptions.defaults().withKdf(CHEAP);
        this.vault = Vaults.exists(where) ? Vaults.unlock(where, "bench".toCharArray(), opts)
                : Vaults.create(where, "bench".toCharArray(), suite, opts);
        this.repo = new DocumentRepository<>(vault, BenchData.TABLE);
    }

    @Override
    public void writeBatch(List<BenchSlip> batch) {
        repo.insertAll(batch);
    }

    @Override
    public Stored<BenchSlip> get(String id) {
        return repo.find(id).orElse(null);
    }

    @Override
    public List<Stored<BenchSlip>> search(String query, int limit) {
        return repo.search(query, limit);
    }

    @Override
    public void close() {
        vault.close();
    }
}
