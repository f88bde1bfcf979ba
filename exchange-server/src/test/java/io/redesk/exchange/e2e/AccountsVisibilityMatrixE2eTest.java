package io.redesk.exchange.e2e;

import static io.redesk.exchange.e2e.AccountsFlow.CEDENT_FINANCE;
import static io.redesk.exchange.e2e.AccountsFlow.CHINARE_FINANCE;
import static io.redesk.exchange.seed.DemoSeed.CHINA_RE;
import static io.redesk.exchange.seed.DemoSeed.PUDONG_RE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redesk.sdk.ExchangeClient;
import io.redesk.sdk.error.NotFoundException;
import io.redesk.sdk.model.Money;
import io.redesk.sdk.model.account.BillRegistrationRequest;
import io.redesk.sdk.model.account.Claim;
import io.redesk.sdk.model.account.ClaimAdviceRequest;
import io.redesk.sdk.model.account.ClaimPaymentRequest;
import io.redesk.sdk.model.account.Invoice;
import io.redesk.sdk.model.account.InvoiceRequest;
import io.redesk.sdk.model.account.PaymentRequest;
import io.redesk.sdk.model.account.Settlement;
import io.redesk.sdk.model.account.SettlementRequest;
import io.redesk.sdk.model.account.TechnicalAccount;
import io.redesk.sdk.model.account.TechnicalAccountContent;
import io.redesk.sdk.model.feed.Change;
import io.redesk.sdk.model.placement.Placement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every accounts endpoint that names a resource, called by every role of organisations outside it: the
 * answer is 404 (never 403), and none of those organisations' feeds or audit views mentions the resources.
 */
@ExtendWith(SharedExchange.class)
class AccountsVisibilityMatrixE2eTest {
    /** Users of organisations that are not parties: another broker, an uninvited reinsurer, the overseas cedent, their finance and admins. */
    private static final List<String> OUTSIDERS = List.of("broker.bob", "uw.jinqiao", "uw.minor", "sgcedent.broker", "sgcedent.finance",
            "pool.finance", "uw.pool", "pool.admin");

    private static E2eExchange ex;
    private static TechnicalAccount account;
    private static Claim claim;
    private static Settlement settlement;
    private static Invoice invoice;
    private static io.redesk.sdk.model.account.ReserveMovement movement;
    private static io.redesk.sdk.model.account.CashCall cashCall;

    @BeforeAll
    static void start() {
        ex = SharedExchange.exchange();
        AccountsFlow flow = new AccountsFlow(ex);
        Placement p = flow.signed();
        account = flow.agreedByAll(flow.designIssued(p.id(), "CNY"));
        claim = flow.broker().claims().advise(new ClaimAdviceRequest(p.id(), "UCR-MATRIX-1", LocalDate.of(2027, 2, 1), "Fire", "Hangar fire",
                new Money("10.00", "CNY")));
        movement = flow.broker().claims().moveReserve(claim.id(), new io.redesk.sdk.model.account.ReserveMovementRequest(
                new Money("20.00", "CNY"), "Adjuster's estimate", LocalDate.of(2027, 2, 3)), claim.version());
        claim = flow.broker().claims().get(claim.id());
        cashCall = flow.broker().claims().callCash(claim.id(), new io.redesk.sdk.model.account.CashCallRequest(new Money("5.00", "CNY"),
                LocalDate.of(2027, 2, 10), "CC-MATRIX-1"));
        settlement = ex.as(CEDENT_FINANCE).settlements().instruct(new SettlementRequest(PUDONG_RE, "CNY", null, null, false));
        invoice = ex.as(CHINARE_FINANCE).invoices().request(new InvoiceRequest(account.id(), CHINA_RE, false));
        account = flow.broker().accounts().get(account.id()); // the settlement linked Pudong's share
    }

    private static Map<String, Consumer<ExchangeClient>> calls() {
        UUID a = account.id();
        long v = account.version();
        Map<String, Consumer<ExchangeClient>> m = new LinkedHashMap<>();
        m.put("GET account", c -> c.accounts().get(a));
        m.put("PUT account", c -> c.accounts().update(a, new TechnicalAccountContent(AccountsFlow.designItems("CNY"), null), v));
        m.put("issue", c -> c.accounts().issue(a, v));
        m.put("agree", c -> c.accounts().agree(a, v));
        m.put("query", c -> c.accounts().query(a, "why", v));
        m.put("correct", c -> c.accounts().correct(a, new TechnicalAccountContent(AccountsFlow.designItems("CNY"), null), v));
        m.put("register", c -> c.accounts().register(a, new BillRegistrationRequest(a, "B0999X00001", "2027Q1", "CNY", account.balance())));
        m.put("GET claim", c -> c.claims().get(claim.id()));
        m.put("claim payment", c -> c.claims().requestPayment(claim.id(), new ClaimPaymentRequest(a, new Money("1.00", "CNY")), claim.version()));
        m.put("GET reserve movements", c -> c.claims().reserveMovements(claim.id(), null, null));
        m.put("move reserve", c -> c.claims().moveReserve(claim.id(), new io.redesk.sdk.model.account.ReserveMovementRequest(
                new Money("30.00", "CNY"), "x", LocalDate.of(2027, 2, 4)), claim.version()));
        m.put("GET reserve movement", c -> c.claims().reserveMovement(movement.id()));
        m.put("GET cash calls", c -> c.claims().cashCalls(claim.id(), null, null));
        m.put("call cash", c -> c.claims().callCash(claim.id(), new io.redesk.sdk.model.account.CashCallRequest(new Money("1.00", "CNY"),
                LocalDate.of(2027, 2, 11), null)));
        m.put("GET cash call", c -> c.claims().cashCall(cashCall.id()));
        m.put("pay cash call", c -> c.claims().payCashCall(cashCall.id(), "B-3", cashCall.version()));
        m.put("register claim", c -> c.claims().register(claim.id(), new io.redesk.sdk.model.account.ClaimRegistrationRequest(claim.id(),
                "B0999X00001", claim.ucr(), claim.lossDate(), claim.reserve(), claim.paidTotal())));
        m.put("GET settlement", c -> c.settlements().get(settlement.id()));
        m.put("pay", c -> c.settlements().pay(settlement.id(), new PaymentRequest(new Money("1.00", "CNY"), "B-1", LocalDate.of(2027, 4, 1)),
                settlement.version()));
        m.put("confirm", c -> c.settlements().confirm(settlement.id(), "B-2", settlement.version()));
        m.put("GET invoice", c -> c.invoices().get(invoice.id()));
        m.put("invoice request", c -> c.invoices().request(new InvoiceRequest(a, CHINA_RE, false)));
        m.put("invoice issue", c -> c.invoices().issue(invoice.id(), "3100271139999991", invoice.version()));
        m.put("invoice deliver", c -> c.invoices().deliver(invoice.id(), invoice.version()));
        m.put("invoice confirm", c -> c.invoices().confirm(invoice.id(), invoice.version()));
        m.put("invoice void", c -> c.invoices().voidWith(invoice.id(), "3100271139999992", "x", invoice.version()));
        return m;
    }

    @Test
    void everyEndpointAnswers404ToEveryOutsiderAndTheirFeedsStaySilent() {
        List<String> wrong = new ArrayList<>();
        for (String user : OUTSIDERS) {
            ExchangeClient c = ex.as(user);
            calls().forEach((name, call) -> {
                try {
                    call.accept(c);
                    wrong.add(user + " " + name + ": answered");
                } catch (NotFoundException expected) {
                    // the resource does not exist for this caller
                } catch (RuntimeException other) {
                    wrong.add(user + " " + name + ": " + other);
                }
            });
            List<UUID> ids = List.of(account.id(), claim.id(), settlement.id(), invoice.id(), movement.id(), cashCall.id());
            Iterator<Change> feed = c.changes().from(null);
            while (feed.hasNext()) {
                Change ch = feed.next();
                if (ids.contains(ch.entityId())) {
                    wrong.add(user + " saw " + ch.entityType() + " " + ch.action() + " in its feed");
                }
            }
            // nor does its audit view name them, even redacted
            c.audit().from(null).forEachRemaining(e -> {
                if (ids.stream().anyMatch(id -> id.toString().equals(e.entityId()))) {
                    wrong.add(user + " saw " + e.action() + " of " + e.entityId() + " in its audit view");
                }
            });
            assertThat(c.accounts().listAll(null, null).map(TechnicalAccount::id)).doesNotContain(account.id());
            assertThat(c.claims().listAll(null).map(Claim::id)).doesNotContain(claim.id());
            assertThat(c.settlements().listAll().map(Settlement::id)).doesNotContain(settlement.id());
            assertThat(c.invoices().listAll().map(Invoice::id)).doesNotContain(invoice.id());
        }
        assertThat(wrong).isEmpty();
        // and nothing any outsider sent changed a thing
        assertThat(ex.as(CHINARE_FINANCE).accounts().get(account.id()).version()).isEqualTo(account.version());
        assertThat(ex.as(CHINARE_FINANCE).invoices().get(invoice.id()).version()).isEqualTo(invoice.version());
        assertThat(ex.as(CHINARE_FINANCE).claims().get(claim.id()).version()).isEqualTo(claim.version());
        assertThat(ex.as(CHINARE_FINANCE).claims().cashCall(cashCall.id()).version()).isEqualTo(cashCall.version());
        assertThat(ex.as(CHINARE_FINANCE).claims().allReserveMovements(claim.id()).toList()).hasSize(1);
        assertThat(ex.as(CHINARE_FINANCE).claims().allCashCalls(claim.id()).toList()).hasSize(1);
        // and the outsiders earn no brokerage on it
        for (String user : OUTSIDERS) {
            assertThat(ex.as(user).settlements().brokerageStatements(null, null).stream().flatMap(s -> s.entries().stream())
                    .map(e -> e.technicalAccountId())).doesNotContain(account.id());
        }
        assertThatThrownBy(() -> ex.as("uw.jinqiao").settlements().get(settlement.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aParticipantDoesNotSeeAnotherParticipantsSettlementOrInvoice() {
        ExchangeClient pudong = ex.as("pudong.finance");
        assertThat(pudong.accounts().get(account.id()).shares()).singleElement()
                .satisfies(s -> assertThat(s.participantId()).isEqualTo(PUDONG_RE));
        assertThatThrownBy(() -> pudong.invoices().get(invoice.id())).isInstanceOf(NotFoundException.class);
        assertThat(ex.as("chinare.finance").settlements().listAll().map(Settlement::id)).doesNotContain(settlement.id());
        assertThatThrownBy(() -> ex.as("thames.finance").claims().requestPayment(claim.id(), new ClaimPaymentRequest(account.id(),
                new Money("1.00", "CNY")), claim.version())).isInstanceOf(io.redesk.sdk.error.ForbiddenException.class);
    }
}
