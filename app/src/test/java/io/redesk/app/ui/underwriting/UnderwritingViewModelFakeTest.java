package io.redesk.app.ui.underwriting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.redesk.app.i18n.Language;
import io.redesk.app.sync.engine.Delivery;
import io.redesk.app.sync.engine.SyncState;
import io.redesk.app.task.CurrentThreadTaskExecutor;
import io.redesk.app.ui.i18n.I18n;
import io.redesk.app.underwriting.DeskAction;
import io.redesk.app.underwriting.InboxEntry;
import io.redesk.app.underwriting.PendingChange;
import io.redesk.app.underwriting.PlacementActions;
import io.redesk.sdk.model.line.LineWriteRequest;
import io.redesk.sdk.model.placement.Placement;
import io.redesk.sdk.model.placement.PlacementStatus;
import io.redesk.sdk.model.quote.Quote;
import io.redesk.sdk.model.quote.QuoteStatus;
import io.redesk.sdk.model.quote.QuoteTermsRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The placement view-model over a small in-memory fake of its port ({@link PlacementActions}): no
 * exchange, no vault, no toolkit. The real-exchange flow stays in {@code UnderwritingViewModelTest} and
 * the window test.
 */
class UnderwritingViewModelFakeTest {

    private static final UUID PLACEMENT = UUID.randomUUID();

    /** Answers from what the test put in; records what the view-model sent. */
    private static final class FakeDesk implements PlacementActions {
        InboxEntry entry;
        Delivery answer = Delivery.SENT;
        final List<Object> sent = new ArrayList<>();

        @Override
        public InboxEntry open(UUID placementId) {
            return entry;
        }

        @Override
        public Delivery submitQuote(Quote quote, QuoteTermsRequest terms) {
            sent.add(terms);
            return answer;
        }

        @Override
        public Delivery decline(Quote quote, String reason) {
            sent.add(reason);
            return answer;
        }

        @Override
        public Delivery writeLine(Placement placement, LineWriteRequest request) {
            sent.add(request);
            return answer;
        }

        @Override
        public Delivery outcome(PendingChange change) {
            return Delivery.PENDING;
        }

        @Override
        public AutoCloseable onSync(Consumer<SyncState> listener) {
            return () -> { };
        }

        @Override
        public void syncSoon() {
        }
    }

    private final I18n i18n = new I18n(Language.ENGLISH);
    private final FakeDesk desk = new FakeDesk();
    private final UnderwritingViewModel model = new UnderwritingViewModel(desk, new CurrentThreadTaskExecutor(), i18n, () -> { });

    private static Placement placement(PlacementStatus status, long version) {
        return new Placement(PLACEMENT, "B0999FAKE0001", "Fake", status, null, null, null, "USD", 1, null, null, null,
                null, null, null, version);
    }

    private static Quote requested() {
        return new Quote(UUID.randomUUID(), PLACEMENT, UUID.randomUUID(), UUID.randomUUID(), QuoteStatus.REQUESTED,
                null, null, null, null, null, null, null, null, null, null, 1);
    }

    private InboxEntry quoteRequest(Optional<PendingChange> pending) {
        return new InboxEntry(placement(PlacementStatus.INQUIRY, 1), Optional.of(requested()), Optional.empty(),
                DeskAction.ANSWER_QUOTE, pending);
    }

    @Test
    void aQuoteWithTypingErrorsIsNotSentAndEachErrorSitsUnderItsField() {
        desk.entry = quoteRequest(Optional.empty());
        model.show(desk.entry);
        model.quote().premiumProperty().set("abc");
        model.quote().capacityProperty().set("150");

        model.submitQuote();

        assertThat(desk.sent).isEmpty();
        assertThat(model.quote().premiumErrorProperty().get()).isNotEmpty();
        assertThat(model.quote().capacityErrorProperty().get()).isNotEmpty();
        assertThat(model.line().writtenErrorProperty().get()).isEmpty();
    }

    @Test
    void aValidQuoteIsSentOnceWithTheTypedTermsAndTheFormClears() {
        desk.entry = quoteRequest(Optional.empty());
        model.show(desk.entry);
        model.quote().premiumProperty().set("125000");
        model.quote().capacityProperty().set("30");
        model.quote().validUntilProperty().set(i18n.formats().today().plusDays(30));

        model.submitQuote();

        assertThat(desk.sent).hasSize(1);
        QuoteTermsRequest terms = (QuoteTermsRequest) desk.sent.get(0);
        assertThat(terms.premium().currency()).isEqualTo("USD");
        assertThat(terms.capacity()).isEqualTo("30.0000"); // shares travel at scale 4
        assertThat(model.messageProperty().get()).isNotEmpty();
        assertThat(model.quote().premiumProperty().get()).isEmpty();
    }

    @Test
    void aQueuedQuoteRefusedOnAFieldMarksThatFieldAndRefillsTheForm() {
        ObjectNode body = new ObjectMapper().createObjectNode();
        body.putObject("premium").put("amount", "-5").put("currency", "USD");
        body.put("capacity", "30.0000");
        desk.entry = quoteRequest(Optional.of(new PendingChange(PendingChange.Kind.QUOTE, "m-1", "q-1", false, "", body)));
        model.show(desk.entry);
        String reason = "HTTP 422 VALIDATION_FAILED: premium must be positive [field premium.amount]";
        desk.entry = quoteRequest(Optional.of(new PendingChange(PendingChange.Kind.QUOTE, "m-1", "q-1", true, reason, body)));

        model.reload();

        assertThat(model.quote().premiumErrorProperty().get()).contains("premium must be positive");
        assertThat(model.quote().capacityErrorProperty().get()).isEmpty();
        assertThat(model.quote().premiumProperty().get()).isEqualTo("-5");
        assertThat(model.quote().capacityProperty().get()).isEqualTo("30");
        assertThat(model.errorProperty().get()).contains("premium must be positive");
    }

    @Test
    void aReasonThatOnlyMentionsAFieldInItsDetailMarksNoField() {
        ObjectNode body = new ObjectMapper().createObjectNode();
        String reason = "HTTP 422 VALIDATION_FAILED: see [field premium] in the guide";
        desk.entry = quoteRequest(Optional.empty());
        model.show(desk.entry);
        InboxEntry waiting = quoteRequest(Optional.of(new PendingChange(PendingChange.Kind.QUOTE, "m-2", "q-2", false, "", body)));
        desk.entry = waiting;
        model.show(waiting);
        desk.entry = quoteRequest(Optional.of(new PendingChange(PendingChange.Kind.QUOTE, "m-2", "q-2", true, reason, body)));

        model.reload();

        assertThat(model.errorProperty().get()).contains("see [field premium] in the guide");
        assertThat(model.quote().premiumErrorProperty().get()).isEmpty();
    }
}
