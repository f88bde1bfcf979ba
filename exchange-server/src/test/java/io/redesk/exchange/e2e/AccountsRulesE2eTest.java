package io.redesk.exchange.e2e;

import static io.redesk.exchange.e2e.AccountsFlow.CEDENT_FINANCE;
import static io.redesk.exchange.e2e.AccountsFlow.CHINARE_FINANCE;
import static io.redesk.exchange.e2e.AccountsFlow.PUDONG_FINANCE;
import static io.redesk.exchange.seed.DemoSeed.CHINA_RE;
import static io.redesk.exchange.seed.DemoSeed.PUDONG_RE;
import static io.redesk.exchange.e2e.AccountsFlow.refused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redesk.sdk.ExchangeClient;
import io.redesk.sdk.error.ConflictException;
import io.redesk.sdk.error.ExchangeException;
import io.redesk.sdk.error.ForbiddenException;
import io.redesk.sdk.error.NotFoundException;
import io.redesk.sdk.error.PreconditionFailedException;
import io.redesk.sdk.error.ValidationException;
import io.redesk.sdk.model.Money;
import io.redesk.sdk.model.account.AccountShare;
import io.redesk.sdk.model.account.Claim;
import io.redesk.sdk.model.account.ClaimAdviceRequest;
import io.redesk.sdk.model.account.ClaimPaymentRequest;
import io.redesk.sdk.model.account.FxRate;
import io.redesk.sdk.model.account.Invoice;
import io.redesk.sdk.model.account.InvoiceRequest;
import io.redesk.sdk.model.account.PaymentRequest;
import io.redesk.sdk.model.account.Settlement;
import io.redesk.sdk.model.account.SettlementRequest;
import io.redesk.sdk.model.account.TaItem;
import io.redesk.sdk.model.account.TaItemType;
import io.redesk.sdk.model.account.TechnicalAccount;
import io.redesk.sdk.model.account.TechnicalAccountContent;
import io.redesk.sdk.model.account.TechnicalAccountCreateRequest;
import io.redesk.sdk.model.audit.AuditEvent;
import io.redesk.sdk.model.feed.Change;
import io.redesk.sdk.model.feed.ChangeEntityType;
import io.redesk.sdk.model.placement.Placement;
import java.time.LocalDate;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The accounts' rules through the SDK against the real exchange: every bad input is a specific
 * problem+json and stores nothing; an account, claim, settlement or invoice outside the caller's
 * visibility does not exist for it (404, never 403, nothing in its feed, its audit events redacted);
 * roles decide who acts (403 for a visible resource); a reinsurer never sees another's share.
 */
@ExtendWith(SharedExchange.class)
class AccountsRulesE2eTest {
    private static E2eExchange ex;
    private static AccountsFlow flow;
    private static Placement placement;
    private static TechnicalAccount agreed;

    @BeforeAll
    static void start() {
        ex = SharedExchange.exchange();
        flow = new AccountsFlow(ex);
        placement = flow.signed();
        agreed = flow.agreedByAll(flow.designIssued(placement.id(), "CNY"));
    }

    private static <T> List<T> all(java.util.Iterator<T> it) {
        List<T> out = new java.util.ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }

    private static int accountCount() {
        return (int) flow.broker().accounts().listAll(placement.id(), null).count();
    }

    @Test
    void aClaimPaymentWithNoMatchingItemIsRefusedAndNothingIsLinked() {
        ExchangeClient broker = flow.broker();
        Claim k = broker.claims().advise(new ClaimAdviceRequest(placement.id(), "UCR-NO-ITEM-1", LocalDate.of(2027, 3, 1), "Hail",
                "Hail damage to parked aircraft", new Money("50000.00", "CNY")));
        refused(() -> broker.claims().requestPayment(k.id(), new ClaimPaymentRequest(agreed.id(), new Money("400000.00", "CNY")), k.version()),
                ValidationException.class, "CLAIM_NO_TA_ITEM", "technicalAccountId");
        Claim fig2 = broker.claims().advise(new ClaimAdviceRequest(placement.id(), "UCR-FIG2-0001", LocalDate.of(2027, 2, 1), "Fire",
                "Hangar fire", new Money("900000.00", "CNY")));
        refused(() -> broker.claims().requestPayment(fig2.id(), new ClaimPaymentRequest(agreed.id(), new Money("399999.99", "CNY")),
                fig2.version()), ValidationException.class, "CLAIM_AMOUNT_MISMATCH", "amount.amount");
        assertThat(broker.claims().get(k.id()).payments()).isEmpty();
        assertThat(broker.claims().get(fig2.id()).version()).isEqualTo(fig2.version());
        assertThat(broker.accounts().get(agreed.id()).items()).allSatisfy(i -> assertThat(i.claimId()).isNull());
        // the match succeeds with the item's reference and amount, and the link shows both ways
        Claim paid = broker.claims().requestPayment(fig2.id(), new ClaimPaymentRequest(agreed.id(), new Money("400000.00", "CNY")), fig2.version());
        assertThat(paid.payments()).singleElement().satisfies(p -> assertThat(p.technicalAccountId()).isEqualTo(agreed.id()));
        assertThat(broker.accounts().get(agreed.id()).items()).filteredOn(i -> i.type() == TaItemType.CLAIMS_PAID)
                .singleElement().satisfies(i -> assertThat(i.claimId()).isEqualTo(fig2.id()));
    }

    @Test
    void settlementRefusesTheWrongCurrencyAndAnRmbFlagThatDoesNotApply() {
        ExchangeClient cedent = ex.as(CEDENT_FINANCE);
        int before = (int) cedent.settlements().listAll().count();
        FxRate eurCny = new FxRate("EUR", "CNY", "7.80", "CFETS central parity", LocalDate.of(2027, 4, 6));
        refused(() -> cedent.settlements().instruct(new SettlementRequest(CHINA_RE, "CNY", "USD", eurCny, false)),
                ValidationException.class, "SETTLEMENT_FX_CURRENCIES", "fxRate");
        refused(() -> cedent.settlements().instruct(new SettlementRequest(CHINA_RE, "CNY", "USD", null, false)),
                ValidationException.class, "SETTLEMENT_FX_REQUIRED", "fxRate");
        // Dongfang and China Re are both domestic: the exchange refuses the cross-border RMB flag with the reason
        assertThatThrownBy(() -> cedent.settlements().instruct(new SettlementRequest(CHINA_RE, "CNY", null, null, true)))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.code()).isEqualTo("SETTLEMENT_RMB_NOT_APPLICABLE");
                    assertThat(e.field()).contains("crossBorderRmb");
                    assertThat(e.getMessage()).contains("both parties are domestic");
                });
        assertThat(cedent.settlements().listAll().count()).isEqualTo(before);
        assertThat(cedent.accounts().get(agreed.id()).shares()).allSatisfy(s -> assertThat(s.settlementId()).isNull());
        // a payment in another currency than the settlement's
        Settlement s = cedent.settlements().instruct(new SettlementRequest(CHINA_RE, "CNY", null, null, false));
        refused(() -> cedent.settlements().pay(s.id(), new PaymentRequest(new Money("10.00", "USD"), "ICBC-X-1", LocalDate.of(2027, 4, 9)),
                s.version()), ValidationException.class, "SETTLEMENT_WRONG_CURRENCY", "amount.currency");
        refused(() -> cedent.settlements().pay(s.id(), new PaymentRequest(new Money("99999999.00", "CNY"), "ICBC-X-2", LocalDate.of(2027, 4, 9)),
                s.version()), ValidationException.class, "SETTLEMENT_OVERPAID", "amount.amount");
        assertThat(cedent.settlements().get(s.id()).payments()).isEmpty();
        // only the payer records a payment, only the payee confirms
        refused(() -> ex.as(CHINARE_FINANCE).settlements().pay(s.id(), new PaymentRequest(new Money("1.00", "CNY"), "B-1",
                LocalDate.of(2027, 4, 9)), s.version()), ForbiddenException.class, "FORBIDDEN", null);
        refused(() -> ex.as("broker.bob").settlements().get(s.id()), NotFoundException.class, "NOT_FOUND", null);
    }

    @Test
    void anIssuedAccountIsNeverEditedAndAStaleIfMatchIs412() {
        ExchangeClient broker = flow.broker();
        TechnicalAccount current = broker.accounts().get(agreed.id());
        refused(() -> broker.accounts().update(agreed.id(), new TechnicalAccountContent(AccountsFlow.designItems("CNY"), null), current.version()),
                ConflictException.class, "ACCOUNT_ISSUED", null);
        TechnicalAccount d = flow.designDraft(placement.id(), "CNY", null);
        TechnicalAccount edited = broker.accounts().update(d.id(), new TechnicalAccountContent(AccountsFlow.designItems("CNY"),
                new Money("235000.00", "CNY")), d.version());
        // a stated total that differs is kept and flagged, never trusted
        assertThat(edited.flagged()).isTrue();
        assertThat(edited.statedDifference()).isEqualTo(new Money("10000.00", "CNY"));
        assertThat(edited.balance()).isEqualTo(new Money("225000.00", "CNY"));
        assertThatThrownBy(() -> broker.accounts().issue(d.id(), d.version()))
                .isInstanceOfSatisfying(PreconditionFailedException.class, e -> assertThat(e.currentVersion()).contains(String.valueOf(edited.version())));
        assertThat(broker.accounts().get(d.id()).status()).isEqualTo(io.redesk.sdk.model.account.AccountStatus.DRAFT);
        assertThat(broker.accounts().get(agreed.id()).version()).isEqualTo(current.version());
    }

    @Test
    void whiteSpaceAroundAnyCodeOrAmountIsRefusedAndNothingIsStored() {
        ExchangeClient broker = flow.broker();
        int before = accountCount();
        List<TaItem> items = AccountsFlow.designItems("CNY");
        refused(() -> broker.accounts().create(new TechnicalAccountCreateRequest(placement.id(), null, "2027Q1\n", "CNY", items, null)),
                ValidationException.class, "VALIDATION_FAILED", "period");
        refused(() -> broker.accounts().create(new TechnicalAccountCreateRequest(placement.id(), null, "2027Q1", "CNY ", items, null)),
                ValidationException.class, "VALIDATION_FAILED", "currency");
        refused(() -> broker.accounts().create(new TechnicalAccountCreateRequest(placement.id(), null, "2027Q1", "CNY",
                        List.of(AccountsFlow.item(TaItemType.PREMIUM, "1000.00\n", "CNY", null)), null)),
                ValidationException.class, "VALIDATION_FAILED", "items[0].amount.amount");
        refused(() -> broker.accounts().create(new TechnicalAccountCreateRequest(placement.id(), null, "2027Q1", "CNY",
                        List.of(AccountsFlow.item(TaItemType.CLAIMS_PAID, "1000.00", "CNY", "UCR-1 ")), null)),
                ValidationException.class, "VALIDATION_FAILED", "items[0].reference");
        refused(() -> broker.accounts().create(new TechnicalAccountCreateRequest(placement.id(), null, "2027Q1", "CNY",
                        List.of(AccountsFlow.item(TaItemType.PREMIUM, "1000.00", "USD", null)), null)),
                ValidationException.class, "CURRENCY_MISMATCH", "items[0].amount.currency");
        refused(() -> broker.claims().advise(new ClaimAdviceRequest(placement.id(), "UCR-WS-1\n", LocalDate.of(2027, 3, 1), "Hail", "Hail",
                new Money("1.00", "CNY"))), ValidationException.class, "VALIDATION_FAILED", "ucr");
        assertThat(accountCount()).isEqualTo(before);
        assertThat(broker.claims().listAll(placement.id()).filter(k -> k.ucr().startsWith("UCR-WS")).count()).isZero();
        Invoice inv = ex.as(PUDONG_FINANCE).invoices().request(new InvoiceRequest(agreed.id(), PUDONG_RE, false));
        refused(() -> ex.as(PUDONG_FINANCE).invoices().issue(inv.id(), "3100271130000777\n", inv.version()), ValidationException.class,
                "VALIDATION_FAILED", "invoiceNumber");
        assertThat(ex.as(PUDONG_FINANCE).invoices().get(inv.id()).invoiceNumber()).isNull();
        Invoice issued = ex.as(PUDONG_FINANCE).invoices().issue(inv.id(), "3100271130000777", inv.version());
        assertThat(issued.invoiceNumber()).isEqualTo("3100271130000777");
    }

    @Test
    void outsidersGet404NeverSeeTheAccountInTheFeedAndParticipantsSeeOnlyTheirOwnShare() {
        ExchangeClient outsider = ex.as("uw.jinqiao");
        refused(() -> outsider.accounts().get(agreed.id()), NotFoundException.class, "NOT_FOUND", null);
        refused(() -> ex.as("broker.bob").accounts().issue(agreed.id(), agreed.version()), NotFoundException.class, "NOT_FOUND", null);
        refused(() -> ex.as("broker.bob").invoices().request(new InvoiceRequest(agreed.id(), PUDONG_RE, false)), NotFoundException.class,
                "NOT_FOUND", null);
        assertThat(outsider.accounts().listAll(null, null).map(TechnicalAccount::id)).doesNotContain(agreed.id());
        assertThat(ex.as("uw.jinqiao").changes().from(null)).toIterable()
                .noneMatch(c -> c.entityType() == ChangeEntityType.TECHNICAL_ACCOUNT && c.entityId().equals(agreed.id()));
        // roles: an underwriter reads its own share but FINANCE acts; the broker cannot answer for a reinsurer
        assertThat(ex.as("uw.pudong").accounts().get(agreed.id()).shares()).extracting(AccountShare::participantId).containsExactly(PUDONG_RE);
        TechnicalAccount d = flow.designIssued(placement.id(), "CNY");
        refused(() -> ex.as("uw.pudong").accounts().agree(d.id(), d.version()), ForbiddenException.class, "FORBIDDEN", null);
        refused(() -> flow.broker().accounts().agree(d.id(), d.version()), ForbiddenException.class, "FORBIDDEN", null);
        refused(() -> ex.as("cedent.broker").accounts().issue(d.id(), d.version()), ForbiddenException.class, "FORBIDDEN", null);
        ex.as(CHINARE_FINANCE).accounts().agree(d.id(), d.version());
        refused(() -> ex.as(CHINARE_FINANCE).accounts().agree(d.id(), flow.broker().accounts().get(d.id()).version()), ConflictException.class,
                "ALREADY_ANSWERED", null);
        // Pudong's feed carries the account with Pudong's share only
        List<Change> pudongFeed = all(ex.as("uw.pudong").changes().from(null)).stream()
                .filter(c -> c.entityType() == ChangeEntityType.TECHNICAL_ACCOUNT && c.entityId().equals(d.id())).toList();
        assertThat(pudongFeed).isNotEmpty().allSatisfy(c -> assertThat(c.technicalAccount().shares())
                .extracting(AccountShare::participantId).containsExactly(PUDONG_RE));
        // China Re's answer is redacted in Pudong's audit view, content and all
        List<AuditEvent> audit = all(ex.as("uw.pudong").audit().from(null));
        assertThat(audit).filteredOn(e -> "ACCOUNT_AGREED".equals(e.action()) && d.id().toString().equals(e.entityId())).isEmpty();
        assertThat(all(ex.as("uw.chinare").audit().from(null)).stream()
                .filter(e -> "ACCOUNT_AGREED".equals(e.action()) && d.id().toString().equals(e.entityId())))
                .singleElement().satisfies(e -> assertThat(e.detail()).startsWith("nonce ").doesNotContain("45000"));
    }

    @Test
    void invoiceNumbersAreUniquePerIssuer() {
        Invoice a = ex.as(CHINARE_FINANCE).invoices().request(new InvoiceRequest(agreed.id(), CHINA_RE, false));
        ex.as(CHINARE_FINANCE).invoices().issue(a.id(), "3100271130005555", a.version());
        TechnicalAccount other = flow.agreedByAll(flow.designIssued(placement.id(), "CNY"));
        Invoice b = ex.as(CHINARE_FINANCE).invoices().request(new InvoiceRequest(other.id(), CHINA_RE, false));
        refused(() -> ex.as(CHINARE_FINANCE).invoices().issue(b.id(), "3100271130005555", b.version()), ConflictException.class,
                "DUPLICATE_INVOICE_NUMBER", null);
        assertThat(ex.as(CHINARE_FINANCE).invoices().get(b.id()).status()).isEqualTo(io.redesk.sdk.model.account.InvoiceStatus.REQUESTED);
        refused(() -> ex.as(CHINARE_FINANCE).invoices().request(new InvoiceRequest(agreed.id(), CHINA_RE, false)), ConflictException.class,
                "INVOICE_EXISTS", null);
    }
}
