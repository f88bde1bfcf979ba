package io.redesk.app.ui.registration;

import static org.assertj.core.api.Assertions.assertThat;

import io.redesk.app.desk.BrokerDesk;
import io.redesk.app.i18n.Language;
import io.redesk.app.task.CurrentThreadTaskExecutor;
import io.redesk.app.testing.TestPlacements;
import io.redesk.app.ui.i18n.I18n;
import io.redesk.exchange.seed.DemoSeed;
import io.redesk.sdk.ExchangeClient;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The registration step shows the parties by name, in the user's language where the reference data has
 * a Chinese name (the registered name otherwise), with the id that is sent only as secondary text; the
 * receipt names them too. Against the demo seed's bound (B0999HT2027007) and registered (…008)
 * placements of the in-process exchange, which this test only reads.
 */
class RegistrationNamesTest {

    private ExchangeClient broker;
    private final I18n i18n = new I18n(Language.CHINESE);
    private RegistrationViewModel model;

    @BeforeEach
    void open() {
        broker = TestPlacements.as("broker.alice");
        model = new RegistrationViewModel(new BrokerDesk(broker, null, Clock.systemUTC()), new CurrentThreadTaskExecutor(), i18n);
        model.load();
    }

    @AfterEach
    void close() {
        broker.close();
    }

    @Test
    void theFieldsThatLeaveShowPartiesByLocalisedNameWithTheIdAsSecondaryText() {
        choose("B0999HT2027007");

        assertThat(field("cedentId").value()).isEqualTo("东方财产保险");
        assertThat(field("cedentId").secondary()).isEqualTo(DemoSeed.DONGFANG.toString());
        assertThat(field("brokerId").value()).isEqualTo("华泰再保险经纪");
        assertThat(field("brokerId").secondary()).isEqualTo(DemoSeed.HUATAI.toString());
        assertThat(model.fields()).filteredOn(f -> f.name().startsWith("lines[")).extracting(RegistrationViewModel.Field::value)
                .containsExactlyInAnyOrder("中再上海 · 40.0000%", "浦东再保险 · 22.5000%",
                        "Thames Re Ltd · 18.7500%", "中国航空再保险共同体 · 18.7500%");
        assertThat(model.fields()).filteredOn(f -> f.name().startsWith("lines[")).extracting(RegistrationViewModel.Field::secondary)
                .contains(DemoSeed.PUDONG_RE.toString(), DemoSeed.THAMES_RE.toString());
        assertThat(field("umr").secondary()).as("only parties have secondary text").isEmpty();

        i18n.setLanguage(Language.ENGLISH);
        assertThat(field("cedentId").value()).isEqualTo("Dongfang Property & Casualty");
        assertThat(model.fields()).extracting(RegistrationViewModel.Field::value).contains("Pudong Re · 22.5000%");
    }

    @Test
    void theReceiptNamesTheParties() {
        choose("B0999HT2027008");

        assertThat(model.receiptProperty().get()).startsWith("登记号 ");
        assertThat(model.receiptPartiesProperty().get()).isEqualTo("登记当事方：东方财产保险（分出人），华泰再保险经纪（经纪人）");
        i18n.setLanguage(Language.ENGLISH);
        assertThat(model.receiptPartiesProperty().get())
                .isEqualTo("Registered between Dongfang Property & Casualty (cedent) and Huatai Re Brokers (broker)");
    }

    private void choose(String umr) {
        model.placementProperty().set(model.placements().stream().filter(p -> umr.equals(p.umr())).findFirst().orElseThrow());
    }

    private RegistrationViewModel.Field field(String name) {
        return model.fields().stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
    }
}
