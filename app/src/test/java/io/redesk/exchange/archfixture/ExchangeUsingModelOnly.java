package io.redesk.exchange.archfixture;

import io.redesk.domain.archfixture.PureDomain;
import io.redesk.sdk.model.archfixture.SdkModel;

/** Architecture fixture: exchange-server using domain and the SDK model only (allowed). */
public class ExchangeUsingModelOnly {
    public String id(SdkModel model, PureDomain domain) {
        return model.id() + domain.notes();
    }
}
