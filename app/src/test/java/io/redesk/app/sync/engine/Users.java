package io.redesk.app.sync.engine;

import io.redesk.exchange.seed.DemoSeed;
import java.util.UUID;

/** The demo users the sync tests act as: a broker with no demo business of its own, two underwriters. */
final class Users {

    static final String BROKER = "broker.bob";
    static final String UW_CHINA_RE = "uw.chinare";
    static final String UW_PUDONG = "uw.pudong";

    private Users() {
    }

    static String userId(String username) {
        return DemoSeed.id("user:" + username).toString();
    }

    static UUID cedent() {
        return DemoSeed.DONGFANG;
    }
}
