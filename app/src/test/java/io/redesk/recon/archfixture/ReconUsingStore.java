package io.redesk.recon.archfixture;

import io.redesk.store.archfixture.StoreRepository;

/** Architecture fixture: the reconciliation engine reaching into the vault (forbidden). */
public class ReconUsingStore {
    public Object ledger() {
        return new StoreRepository().find();
    }
}
