package io.redesk.app.ui.placement;

import static org.assertj.core.api.Assertions.assertThat;

import io.redesk.app.desk.BrokerDesk;
import io.redesk.app.i18n.Language;
import io.redesk.app.session.DemoExchange;
import io.redesk.app.sync.fault.FaultPlan;
import io.redesk.app.sync.fault.FaultProxy;
import io.redesk.app.task.CurrentThreadTaskExecutor;
import io.redesk.app.testing.TestExchange;
import io.redesk.app.ui.i18n.I18n;
import io.redesk.app.ui.lines.LinesViewModel;
import io.redesk.sdk.ExchangeClient;
import io.redesk.sdk.ExchangeClientOptions;
import java.net.URI;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A page's "cannot reach the exchange" goes once the exchange is reachable again; other outcomes stay. */
class PageReachabilityTest {

    private FaultProxy proxy;
    private ExchangeClient client;
    private LinesViewModel model;

    @BeforeEach
    void setUp() throws Exception {
        proxy = FaultProxy.start(URI.create(TestExchange.get().baseUrl()).getPort(), FaultPlan.none());
        client = ExchangeClient.create(ExchangeClientOptions.builder().baseUrl(proxy.baseUrl()).build());
        client.auth().login("broker.alice", DemoExchange.password());
        model = new LinesViewModel(new BrokerDesk(client, null, Clock.systemUTC()), new CurrentThreadTaskExecutor(),
                new I18n(Language.ENGLISH));
    }

    @AfterEach
    void tearDown() {
        client.close();
        proxy.close();
    }

    @Test
    void theUnreachableMessageGoesAndTheListLoadsOnceTheExchangeIsBack() {
        proxy.offline(true);
        model.load();
        assertThat(model.outcomeProperty().get()).startsWith("Not done: ");
        assertThat(model.placements()).isEmpty();

        proxy.offline(false);
        model.exchangeReachable();

        assertThat(model.outcomeProperty().get()).isEmpty();
        assertThat(model.placements()).isNotEmpty();
    }

    @Test
    void withNothingUnreachableShownTheExchangeComingBackChangesNothing() {
        model.load();
        long asked = proxy.forwarded();

        model.exchangeReachable();

        assertThat(proxy.forwarded()).as("no reload").isEqualTo(asked);
        assertThat(model.outcomeProperty().get()).isEmpty();
    }
}
