package io.redesk.app.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redesk.domain.money.Share;
import io.redesk.domain.security.SecurityPolicyException;
import io.redesk.domain.signing.SigningResult;
import io.redesk.domain.validation.ValidationException;
import io.redesk.exchange.seed.DemoSeed;
import io.redesk.sdk.ExchangeClient;
import io.redesk.sdk.model.Money;
import io.redesk.sdk.model.line.Line;
import io.redesk.sdk.model.line.LineWriteRequest;
import io.redesk.sdk.model.placement.Placement;
import io.redesk.sdk.model.placement.PlacementStatus;
import io.redesk.sdk.model.quote.Inquiry;
import io.redesk.sdk.model.quote.Quote;
import io.redesk.sdk.model.quote.QuoteStatus;
import io.redesk.sdk.model.quote.QuoteTermsRequest;
import io.redesk.sdk.model.registration.ContractRegistrationRequest;
import io.redesk.sdk.model.registration.RegistrationReceipt;
import io.redesk.store.placement.PlacementRepository;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The broker's placement from slip to registration receipt, against the in-process exchange. */
class BrokerDeskTest {

    @TempDir
    static Path dir;
    static DeskFixture fx;
    static BrokerDesk desk;

    @BeforeAll
    static void start() {
        fx = new DeskFixture(dir);
        desk = new BrokerDesk(fx.signIn("broker.alice"), new PlacementRepository(fx.vault), Clock.systemUTC());
    }

    @AfterAll
    static void stop() {
        fx.close();
    }

    @Test
    void refusesAnIncompleteSlipBeforeAnythingLeavesTheMachine() {
        SlipForm incomplete = DeskFixture.completeSlip("B0999DESK00001").with(SlipField.PREMIUM, "");
        assertThatThrownBy(() -> desk.submit("Incomplete", DemoSeed.DONGFANG, incomplete))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).errors())
                        .anySatisfy(err -> assertThat(err.field()).isEqualTo("riskDetails.premium")));
    }

    @Test
    void placesARiskFromSlipToRegistrationReceipt() {
        Placement p = desk.submit("Yangshan port stock", DemoSeed.DONGFANG, DeskFixture.completeSlip("B0999DESK00002"));
        assertThat(p.status()).isEqualTo(PlacementStatus.SUBMITTED);

        List<Security> candidates = desk.candidates(false);
        Security minor = candidates.stream().filter(s -> s.id().equals(DemoSeed.MINOR_RE.toString())).findFirst().orElseThrow();
        Security china = candidates.stream().filter(s -> s.id().equals(DemoSeed.CHINA_RE.toString())).findFirst().orElseThrow();
        Security pudong = candidates.stream().filter(s -> s.id().equals(DemoSeed.PUDONG_RE.toString())).findFirst().orElseThrow();
        assertThat(minor.needsOverride()).isTrue();
        assertThat(china.needsOverride()).isFalse();
        assertThat(china.ratingsText()).contains("AA-");
        Instant deadline = Instant.now().plus(7, ChronoUnit.DAYS);

        assertThatThrownBy(() -> desk.invite(p.id(), List.of(china, minor), Map.of(), deadline, "Please quote", "alice"))
                .isInstanceOf(SecurityPolicyException.class);
        Inquiry inquiry = desk.invite(p.id(), List.of(china, pudong, minor),
                Map.of(minor.id(), "Collateralised; long relationship"), deadline, "Please quote", "alice");
        assertThat(inquiry.quotes()).hasSize(3);
        assertThat(inquiry.quotes()).filteredOn(q -> q.reinsurerId().equals(DemoSeed.MINOR_RE))
                .singleElement().satisfies(q -> assertThat(q.securityOverrideReason()).contains("Collateralised"));

        ExchangeClient chinaRe = fx.signIn("uw.chinare");
        Quote mine = chinaRe.quotes().allForPlacement(p.id()).findFirst().orElseThrow();
        chinaRe.quotes().submit(mine.id(), new QuoteTermsRequest(Money.of("1150000.00", "CNY"), null, "40",
                "As per slip", List.of("Survey before inception"), Instant.now().plus(30, ChronoUnit.DAYS)), mine.version());
        assertThat(desk.quotes(p.id())).filteredOn(q -> q.status() == QuoteStatus.QUOTED).hasSize(1);

        Placement firm = desk.acceptIntoFirmOrder(p.id(), mine.id(), Share.HUNDRED,
                List.of(DemoSeed.PUDONG_RE, DemoSeed.THAMES_RE, DemoSeed.AVIATION_POOL));
        assertThat(firm.status()).isEqualTo(PlacementStatus.FIRM_ORDER);

        write(chinaRe, p.id(), "40", true);
        write(fx.signIn("uw.pudong"), p.id(), "30", false);
        write(fx.signIn("uw.thames"), p.id(), "25", false);
        write(fx.signIn("uw.pool"), p.id(), "25", false);

        List<Line> lines = desk.lines(p.id());
        SigningResult preview = BrokerDesk.preview(lines, Share.HUNDRED);
        assertThat(preview.lines()).extracting(l -> l.signed().percent().toPlainString())
                .containsExactlyInAnyOrder("40.0000", "22.5000", "18.7500", "18.7500");

        var closed = desk.close(p.id(), false);
        assertThat(closed.lines()).extracting(l -> l.signedShare()).containsExactlyInAnyOrder("40.0000", "22.5000", "18.7500", "18.7500");
        desk.bind(p.id());

        ContractRegistrationRequest request = desk.registrationRequest(p.id());
        assertThat(BrokerDesk.fieldsLeaving(request)).containsKeys("umr", "premium", "orderShare", "lines[3]")
                .containsEntry("umr", "B0999DESK00002");
        RegistrationReceipt receipt = desk.register(p.id(), request);
        assertThat(receipt.registrationNumber()).isNotBlank();
        assertThat(new PlacementRepository(fx.vault).find(p.id().toString())).get()
                .satisfies(s -> assertThat(s.value().status().name()).isEqualTo("REGISTERED"));
    }

    private static void write(ExchangeClient uw, UUID placement, String share, boolean toStand) {
        uw.lines().write(placement, new LineWriteRequest(share, toStand, "As lead terms", "REF-" + share, null));
    }
}
