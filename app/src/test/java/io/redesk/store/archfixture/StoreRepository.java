package io.redesk.store.archfixture;

import io.redesk.app.archfixture.AppService;

/** Architecture fixture: the store depending on app (forbidden twice: store rule and app-on-top rule). */
public class StoreRepository {
    public Object find() {
        return new AppService();
    }
}
