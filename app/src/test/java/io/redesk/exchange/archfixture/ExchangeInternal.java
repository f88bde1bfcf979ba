package io.redesk.exchange.archfixture;

import io.redesk.sdk.archfixture.SdkClientUsingStore;
import io.redesk.sdk.model.archfixture.SdkModel;

/** Architecture fixture: exchange-server using the SDK client (forbidden) and the SDK model (allowed). */
public class ExchangeInternal {
    public SdkModel model() {
        return new SdkModel("x");
    }

    public Object client() {
        return new SdkClientUsingStore();
    }
}
