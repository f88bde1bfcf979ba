package io.redesk.exchange.e2e;

import static io.redesk.exchange.seed.DemoSeed.CHINA_RE;
import static io.redesk.exchange.seed.DemoSeed.DONGFANG;
import static io.redesk.exchange.seed.DemoSeed.HUATAI;
import static io.redesk.exchange.seed.DemoSeed.JINQIAO_RE;
import static io.redesk.exchange.seed.DemoSeed.PUDONG_RE;
import static io.redesk.exchange.seed.DemoSeed.THAMES_RE;
import static org.assertj.core.api.Assertions.assertThat;

import io.redesk.domain.money.Share;
import io.redesk.domain.signing.SigningDown;
import io.redesk.domain.signing.WrittenLine;
import io.redesk.sdk.ExchangeClient;
import io.redesk.sdk.convert.DomainValues;
import io.redesk.sdk.model.line.Line;
import io.redesk.sdk.model.line.LineStatus;
import io.redesk.sdk.model.placement.Placement;
import io.redesk.sdk.model.placement.PlacementStatus;
import io.redesk.sdk.model.quote.Inquiry;
import io.redesk.sdk.model.quote.Quote;
import io.redesk.sdk.model.quote.QuoteStatus;
import io.redesk.sdk.model.registration.ContractRegistrationRequest;
import io.redesk.sdk.model.registration.RegisteredLine;
import io.redesk.sdk.model.registration.RegistrationReceipt;
import io.redesk.sdk.model.signing.SignedLine;
import io.redesk.sdk.model.signing.SigningOutcome;
import io.redesk.sdk.model.signing.SigningResult;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The acceptance workflow, through the SDK against the real exchange: inquiry to three
 * reinsurers, quotes (one declines), accept, firm order, lines over-subscribed with one to-stand line,
 * signing-down preview, close, contract registration; the signed lines equal what {@code domain}'s
 * {@link SigningDown} computes.
 */
@ExtendWith(SharedExchange.class)
class AcceptanceWorkflowE2eTest {

    private static E2eExchange ex;
    private static Workflow flow;

    @BeforeAll
    static void start() {
        ex = SharedExchange.exchange();
        flow = new Workflow(ex);
    }

    @Test
    void inquiryToRegistrationSignsLinesAsDomainComputes() {
        ExchangeClient broker = flow.broker();

        // inquiry to three reinsurers
        Placement submitted = flow.submitted("80");
        assertThat(submitted.status()).isEqualTo(PlacementStatus.SUBMITTED);
        UUID id = submitted.id();
        Inquiry inquiry = flow.inquiry(submitted, List.of(CHINA_RE, PUDONG_RE, JINQIAO_RE));
        assertThat(inquiry.quotes()).extracting(Quote::reinsurerId)
                .containsExactlyInAnyOrder(CHINA_RE, PUDONG_RE, JINQIAO_RE);
        assertThat(inquiry.quotes()).extracting(Quote::status).containsOnly(QuoteStatus.REQUESTED);
        assertThat(broker.placements().get(id).status()).isEqualTo(PlacementStatus.INQUIRY);

        // quotes: two quote, one declines
        Quote lead = flow.quote("uw.chinare", id, "12500000.00", "40");
        Quote pudong = flow.quote("uw.pudong", id, "12800000.00", "30");
        Quote declined = flow.decline("uw.jinqiao", id, "No aviation capacity this year");
        assertThat(lead.status()).isEqualTo(QuoteStatus.QUOTED);
        assertThat(declined.status()).isEqualTo(QuoteStatus.DECLINED);
        assertThat(declined.declineReason()).isEqualTo("No aviation capacity this year");

        // accept: the other open quote is not taken up, the declined one stays declined
        Quote accepted = broker.quotes().accept(lead.id(), broker.quotes().get(lead.id()).version());
        assertThat(accepted.status()).isEqualTo(QuoteStatus.ACCEPTED);
        Map<UUID, QuoteStatus> after = broker.quotes().allForPlacement(id)
                .collect(Collectors.toMap(Quote::id, Quote::status));
        assertThat(after).containsEntry(lead.id(), QuoteStatus.ACCEPTED)
                .containsEntry(pudong.id(), QuoteStatus.NOT_TAKEN_UP)
                .containsEntry(declined.id(), QuoteStatus.DECLINED);

        // firm order: lead terms fixed, order 80%, followers invited
        Placement firm = flow.firmOrder(id, lead.id(), "80", List.of(PUDONG_RE, JINQIAO_RE, THAMES_RE));
        assertThat(firm.status()).isEqualTo(PlacementStatus.FIRM_ORDER);
        assertThat(firm.firmOrder().quoteId()).isEqualTo(lead.id());
        assertThat(firm.firmOrder().leadReinsurerId()).isEqualTo(CHINA_RE);
        assertThat(DomainValues.share(firm.firmOrder().orderShare())).isEqualTo(Share.of("80"));
        // a follower sees the lead terms
        assertThat(ex.as("uw.thames").placements().get(id).firmOrder().premium())
                .isEqualTo(firm.firmOrder().premium());

        // lines, over-subscribed (120%) with the lead's line to stand: DESIGN.md rule 1's figures
        flow.write("uw.chinare", id, "40", true);
        flow.write("uw.pudong", id, "30", false);
        flow.write("uw.jinqiao", id, "25", false);
        flow.write("uw.thames", id, "25", false);
        assertThat(broker.placements().get(id).status()).isEqualTo(PlacementStatus.SUBSCRIBING);
        List<Line> written = broker.lines().listAll(id).toList();
        assertThat(written).hasSize(4);

        List<WrittenLine> domainLines = DomainValues.writtenLines(written);
        io.redesk.domain.signing.SigningResult expected = SigningDown.sign(domainLines, Share.of("80"));
        assertThat(expected.lines()).extracting(l -> l.signed().percent().toPlainString())
                .containsExactly("40.0000", "22.5000", "18.7500", "18.7500");

        // signing-down preview equals domain's computation and changes nothing
        SigningResult preview = broker.signing().preview(id);
        assertThat(preview.outcome()).isEqualTo(SigningOutcome.OVER_SUBSCRIBED);
        assertThat(preview.closed()).isFalse();
        assertThat(new BigDecimal(preview.factor())).isEqualByComparingTo(expected.factor());
        assertThat(DomainValues.share(preview.totalWritten())).isEqualTo(Share.of("120"));
        assertSignedAsDomain(preview.lines(), expected);
        assertThat(broker.placements().get(id).status()).isEqualTo(PlacementStatus.SUBSCRIBING);

        // close: SIGNED, and the same signed lines, now fixed on every line
        Placement beforeClose = broker.placements().get(id);
        SigningResult closed = broker.signing().close(id, null, beforeClose.version());
        assertThat(closed.closed()).isTrue();
        assertThat(closed.closedAt()).isNotNull();
        assertSignedAsDomain(closed.lines(), expected);
        Placement signed = broker.placements().get(id);
        assertThat(signed.status()).isEqualTo(PlacementStatus.SIGNED);
        List<Line> signedLines = broker.lines().listAll(id).toList();
        assertThat(signedLines).extracting(Line::status).containsOnly(LineStatus.SIGNED);
        Map<String, Share> expectedById = expected.lines().stream()
                .collect(Collectors.toMap(io.redesk.domain.signing.SignedLine::lineId,
                        io.redesk.domain.signing.SignedLine::signed));
        assertThat(signedLines).allSatisfy(l ->
                assertThat(DomainValues.share(l.signedShare())).isEqualTo(expectedById.get(l.id().toString())));
        // each reinsurer sees its own signed line
        Line thamesLine = ex.as("uw.thames").lines().listAll(id).toList().get(0);
        assertThat(DomainValues.share(thamesLine.signedShare())).isEqualTo(Share.of("18.75"));

        // bind, then register with the minimal field set
        Placement bound = broker.placements().transition(id, PlacementStatus.BOUND, null, signed.version());
        assertThat(bound.status()).isEqualTo(PlacementStatus.BOUND);
        List<RegisteredLine> registered = signedLines.stream()
                .sorted(Comparator.comparing(Line::writtenAt))
                .map(l -> new RegisteredLine(l.reinsurerId(), l.signedShare()))
                .toList();
        ContractRegistrationRequest registration = new ContractRegistrationRequest(bound.umr(),
                bound.contractKind(), DONGFANG, HUATAI, Slips.PERIOD_START, Slips.PERIOD_END,
                bound.firmOrder().premium(), bound.firmOrder().orderShare(), registered);
        RegistrationReceipt receipt = broker.registration().register(id, registration, bound.version());
        assertThat(receipt.registrationNumber()).isNotBlank();
        assertThat(receipt.placementId()).isEqualTo(id);
        assertThat(receipt.registeredAt()).isNotNull();
        assertThat(broker.registration().receipt(id)).isEqualTo(receipt);
        Placement done = broker.placements().get(id);
        assertThat(done.status()).isEqualTo(PlacementStatus.REGISTERED);
        assertThat(done.registrationNumber()).isEqualTo(receipt.registrationNumber());
    }

    private static void assertSignedAsDomain(List<SignedLine> actual, io.redesk.domain.signing.SigningResult expected) {
        Map<String, SignedLine> byId = actual.stream()
                .collect(Collectors.toMap(l -> l.lineId().toString(), Function.identity()));
        assertThat(byId.keySet()).containsExactlyInAnyOrderElementsOf(
                expected.lines().stream().map(io.redesk.domain.signing.SignedLine::lineId).toList());
        for (io.redesk.domain.signing.SignedLine e : expected.lines()) {
            SignedLine a = byId.get(e.lineId());
            assertThat(DomainValues.share(a.writtenShare())).as("written %s", e.lineId()).isEqualTo(e.written());
            assertThat(DomainValues.share(a.signedShare())).as("signed %s", e.lineId()).isEqualTo(e.signed());
        }
        BigDecimal total = actual.stream().map(l -> new BigDecimal(l.signedShare())).reduce(BigDecimal.ZERO,
                BigDecimal::add);
        assertThat(total).isEqualByComparingTo("100");
    }
}
