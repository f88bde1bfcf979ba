package io.redesk.sdk.archfixture;

import io.redesk.store.archfixture.StoreRepository;

/** Architecture fixture: the SDK reaching into the store (forbidden). */
public class SdkClientUsingStore {
    public Object load(StoreRepository repository) {
        return repository.find();
    }
}
