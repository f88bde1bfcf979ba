package io.redesk.exchange.e2e;

import static io.redesk.exchange.e2e.AccountsFlow.CEDENT_FINANCE;
import static io.redesk.exchange.e2e.AccountsFlow.CHINARE_FINANCE;
import static io.redesk.exchange.e2e.AccountsFlow.PUDONG_FINANCE;
import static io.redesk.exchange.e2e.AccountsFlow.THAMES_FINANCE;
import static io.redesk.exchange.seed.DemoSeed.CHINA_RE;
import static io.redesk.exchange.seed.DemoSeed.DONGFANG;
import static io.redesk.exchange.seed.DemoSeed.PUDONG_RE;
import static io.redesk.exchange.seed.DemoSeed.THAMES_RE;
import static org.assertj.core.api.Assertions.assertThat;

import io.redesk.domain.account.BalanceSplit;
import io.redesk.domain.account.PremiumInstalments;
import io.redesk.domain.money.Share;
import io.redesk.domain.party.OrgType;
import io.redesk.domain.party.Organisation;
import io.redesk.domain.tax.VatRules;
import io.redesk.domain.tax.VatTreatment;
import io.redesk.sdk.ExchangeClient;
import io.redesk.sdk.model.Money;
import io.redesk.sdk.model.account.AccountKind;
import io.redesk.sdk.model.account.AccountShare;
import io.redesk.sdk.model.account.CashCall;
import io.redesk.sdk.model.account.CashCallRequest;
import io.redesk.sdk.model.account.CashCallStatus;
import io.redesk.sdk.model.account.Claim;
import io.redesk.sdk.model.account.ClaimAdviceRequest;
import io.redesk.sdk.model.account.ClaimPaymentRequest;
import io.redesk.sdk.model.account.ClaimRegistrationReceipt;
import io.redesk.sdk.model.account.ClaimRegistrationRequest;
import io.redesk.sdk.model.account.ClaimShare;
import io.redesk.sdk.model.account.ReserveMovement;
import io.redesk.sdk.model.account.ReserveMovementRequest;
import io.redesk.sdk.model.account.TechnicalAccountCreateRequest;
import io.redesk.sdk.model.account.AccountStatus;
import io.redesk.sdk.model.account.BalanceDirection;
import io.redesk.sdk.model.account.BillRegistrationReceipt;
import io.redesk.sdk.model.account.BillRegistrationRequest;
import io.redesk.sdk.model.account.FxRate;
import io.redesk.sdk.model.account.Invoice;
import io.redesk.sdk.model.account.InvoiceRequest;
import io.redesk.sdk.model.account.InvoiceStatus;
import io.redesk.sdk.model.account.ParticipantResponse;
import io.redesk.sdk.model.account.PaymentRequest;
import io.redesk.sdk.model.account.Settlement;
import io.redesk.sdk.model.account.SettlementRequest;
import io.redesk.sdk.model.account.SettlementStatus;
import io.redesk.sdk.model.account.Statement;
import io.redesk.sdk.model.account.TaItem;
import io.redesk.sdk.model.account.TaItemType;
import io.redesk.sdk.model.account.TechnicalAccount;
import io.redesk.sdk.model.account.TechnicalAccountContent;
import io.redesk.sdk.model.placement.Placement;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 11's acceptance flow through the SDK against the real exchange, every response checked against
 * openapi.yaml: a signed placement's premium accounts appear by themselves → issued by the broker →
 * agreed by one reinsurer, queried by another and corrected → statements per counterparty → a USD
 * position netted and settled in CNY at a named rate, partly then fully paid and confirmed → invoices
 * issued and confirmed, one with VAT withheld → bill registered with a receipt. Every figure is compared
 * with what {@code domain} computes.
 */
@ExtendWith(SharedExchange.class)
class AccountsAcceptanceE2eTest {
    private static E2eExchange ex;
    private static AccountsFlow flow;

    @BeforeAll
    static void start() {
        ex = SharedExchange.exchange();
        flow = new AccountsFlow(ex);
    }

    private static io.redesk.domain.money.Money d(Money m) {
        return io.redesk.domain.money.Money.of(m.amount(), m.currency());
    }

    private static List<io.redesk.domain.money.Money> splitAsDomain(Money balance) {
        return BalanceSplit.split(d(balance), List.of(Share.of("40"), Share.of("20"), Share.of("40")));
    }

    private static void totalIsTheSumOfItsEntries(Statement s) {
        io.redesk.domain.money.Money sum = io.redesk.domain.money.Money.zero(java.util.Currency.getInstance(s.currency()));
        for (var e : s.entries()) {
            sum = sum.plus(d(e.amount()));
        }
        assertThat(d(s.total())).isEqualTo(sum);
    }

    @Test
    void signedPremiumAccountToRegisteredBill() {
        ExchangeClient broker = flow.broker();
        Placement p = flow.signed();

        // the premium accounts appear by themselves: quarterly instalments of the firm-order premium, less 10% brokerage
        List<TechnicalAccount> produced = broker.accounts().listAll(p.id(), null).toList();
        PremiumInstalments.Plan plan = PremiumInstalments.plan(io.redesk.domain.money.Money.cny("12500000.00"), "Quarterly in arrears",
                LocalDate.of(2027, 1, 1));
        assertThat(produced).hasSize(4).allSatisfy(a -> {
            assertThat(a.status()).isEqualTo(AccountStatus.DRAFT);
            assertThat(a.kind()).isEqualTo(AccountKind.ORIGINAL);
        });
        assertThat(produced).extracting(TechnicalAccount::period).containsExactly("2027Q1", "2027Q2", "2027Q3", "2027Q4");
        TechnicalAccount q1 = produced.get(0);
        assertThat(d(q1.items().get(0).amount())).isEqualTo(plan.instalments().get(0).premium());
        assertThat(q1.items().get(1).type()).isEqualTo(TaItemType.BROKERAGE);
        assertThat(q1.balance()).isEqualTo(new Money("2812500.00", "CNY"));
        assertThat(q1.shares()).extracting(AccountShare::participantId).containsExactly(CHINA_RE, PUDONG_RE, THAMES_RE);
        assertThat(q1.shares()).extracting(s -> d(s.amount())).containsExactlyElementsOf(splitAsDomain(q1.balance()));
        // a participant sees the account at 100% and only its own share, in the API and in its feed
        TechnicalAccount asPudong = ex.as("uw.pudong").accounts().get(q1.id());
        assertThat(asPudong.balance()).isEqualTo(q1.balance());
        assertThat(asPudong.shares()).extracting(AccountShare::participantId).containsExactly(PUDONG_RE);

        // issued by the broker; China Re agrees, Pudong Re queries with a reason
        TechnicalAccount issued = broker.accounts().issue(q1.id(), q1.version());
        assertThat(issued.status()).isEqualTo(AccountStatus.ISSUED);
        TechnicalAccount agreed = ex.as(CHINARE_FINANCE).accounts().agree(q1.id(), issued.version());
        assertThat(agreed.shares()).singleElement().satisfies(s -> assertThat(s.response()).isEqualTo(ParticipantResponse.AGREED));
        TechnicalAccount queried = ex.as(PUDONG_FINANCE).accounts().query(q1.id(), "brokerage is 7.5% on this instalment", agreed.version());
        assertThat(queried.status()).isEqualTo(AccountStatus.QUERIED);
        assertThat(queried.shares()).singleElement().satisfies(s -> assertThat(s.queryReason()).isEqualTo("brokerage is 7.5% on this instalment"));

        // corrected: the queried version is superseded and reversed, the corrected version issued and agreed by all
        List<TaItem> corrected = List.of(q1.items().get(0), new TaItem(TaItemType.BROKERAGE, new Money("234375.00", "CNY"), "INST-1", null,
                "Brokerage 7.5% agreed"));
        TechnicalAccount v2 = broker.accounts().correct(q1.id(), new TechnicalAccountContent(corrected, null), queried.version());
        assertThat(v2.status()).isEqualTo(AccountStatus.DRAFT);
        assertThat(v2.kind()).isEqualTo(AccountKind.CORRECTION);
        assertThat(v2.accountVersion()).isEqualTo(2);
        assertThat(v2.supersedesId()).isEqualTo(q1.id());
        TechnicalAccount superseded = broker.accounts().get(q1.id());
        assertThat(superseded.status()).isEqualTo(AccountStatus.SUPERSEDED);
        assertThat(superseded.supersededById()).isEqualTo(v2.id());
        assertThat(superseded.items()).isEqualTo(q1.items()); // never edited
        TechnicalAccount reversal = broker.accounts().listAll(p.id(), null).filter(a -> a.kind() == AccountKind.REVERSAL).findFirst().orElseThrow();
        assertThat(reversal.reversesId()).isEqualTo(q1.id());
        assertThat(d(reversal.balance()).plus(d(superseded.balance())).isZero()).isTrue();
        TechnicalAccount v2Issued = broker.accounts().issue(v2.id(), v2.version());
        TechnicalAccount v2Agreed = flow.agreedByAll(v2Issued);
        assertThat(v2Agreed.status()).isEqualTo(AccountStatus.AGREED);
        assertThat(v2Agreed.balance()).isEqualTo(new Money("2890625.00", "CNY"));
        assertThat(v2Agreed.shares()).extracting(s -> d(s.amount())).containsExactlyElementsOf(splitAsDomain(v2Agreed.balance()));

        // DESIGN §2 figure 2 through the API: 225,000 due to reinsurers, 45,000 for the 20% line; here in USD
        TechnicalAccount fig2 = flow.agreedByAll(flow.designIssued(p.id(), "USD"));
        assertThat(fig2.balance()).isEqualTo(new Money("225000.00", "USD"));
        assertThat(fig2.direction()).isEqualTo(BalanceDirection.DUE_TO_REINSURERS);
        assertThat(fig2.memoTotal()).isEqualTo(new Money("600000.00", "USD"));
        assertThat(ex.as(PUDONG_FINANCE).accounts().get(fig2.id()).shares().get(0).amount()).isEqualTo(new Money("45000.00", "USD"));

        // statements per counterparty x currency x period, from the cedent's side (the shared exchange holds other
        // placements' accounts too: this placement's entries are checked, and every total against domain's aggregation)
        List<Statement> statements = ex.as(CEDENT_FINANCE).settlements().statements("2027Q1", null);
        assertThat(statements).allSatisfy(AccountsAcceptanceE2eTest::totalIsTheSumOfItsEntries);
        Statement chinaCny = statements.stream().filter(s -> s.counterpartyId().equals(CHINA_RE) && s.currency().equals("CNY")).findFirst()
                .orElseThrow();
        // original -1,125,000, its reversal +1,125,000, the corrected version -1,156,250
        assertThat(chinaCny.entries()).filteredOn(e -> e.contractReference().equals(p.umr()))
                .extracting(e -> e.kind() + " " + e.amount().amount())
                .containsExactly("ORIGINAL -1125000.00", "REVERSAL 1125000.00", "CORRECTION -1156250.00");
        Statement chinaUsd = statements.stream().filter(s -> s.counterpartyId().equals(CHINA_RE) && s.currency().equals("USD")).findFirst()
                .orElseThrow();
        assertThat(chinaUsd.entries()).filteredOn(e -> e.technicalAccountId().equals(fig2.id()))
                .singleElement().satisfies(e -> assertThat(e.amount()).isEqualTo(new Money("-90000.00", "USD")));
        assertThat(ex.as(CHINARE_FINANCE).settlements().statements("2027Q1", "USD"))
                .filteredOn(s -> s.counterpartyId().equals(DONGFANG)).singleElement()
                .satisfies(s -> assertThat(s.entries()).filteredOn(e -> e.technicalAccountId().equals(fig2.id())).singleElement()
                        .satisfies(e -> assertThat(e.amount()).isEqualTo(new Money("90000.00", "USD"))));

        // the USD position with China Re netted and settled in CNY at a named rate
        FxRate rate = new FxRate("USD", "CNY", "7.1234", "CFETS central parity", LocalDate.of(2027, 4, 6));
        Settlement s = ex.as(CEDENT_FINANCE).settlements().instruct(new SettlementRequest(CHINA_RE, "USD", "CNY", rate, false));
        assertThat(s.payerId()).isEqualTo(DONGFANG);
        assertThat(s.payeeId()).isEqualTo(CHINA_RE);
        assertThat(s.net()).isEqualTo(new Money("90000.00", "USD"));
        assertThat(d(s.due())).isEqualTo(new io.redesk.domain.money.FxRate(java.util.Currency.getInstance("USD"), io.redesk.domain.money.Money.CNY,
                new BigDecimal("7.1234"), "CFETS central parity", LocalDate.of(2027, 4, 6)).convert(d(s.net()), RoundingMode.HALF_UP));
        assertThat(s.due()).isEqualTo(new Money("641106.00", "CNY"));
        assertThat(s.accountIds()).containsExactly(fig2.id());
        Settlement part = ex.as(CEDENT_FINANCE).settlements().pay(s.id(), new PaymentRequest(new Money("400000.00", "CNY"), "ICBC-20270410-01",
                LocalDate.of(2027, 4, 10)), s.version());
        assertThat(part.status()).isEqualTo(SettlementStatus.PARTLY_PAID);
        assertThat(part.residue()).isEqualTo(new Money("241106.00", "CNY"));
        Settlement paid = ex.as(CEDENT_FINANCE).settlements().pay(s.id(), new PaymentRequest(new Money("241106.00", "CNY"), "ICBC-20270412-02",
                LocalDate.of(2027, 4, 12)), part.version());
        assertThat(paid.status()).isEqualTo(SettlementStatus.PAID);
        Settlement confirmed = ex.as(CHINARE_FINANCE).settlements().confirm(s.id(), "CR-CREDIT-7788", paid.version());
        assertThat(confirmed.status()).isEqualTo(SettlementStatus.CONFIRMED);
        assertThat(confirmed.confirmedBankReference()).isEqualTo("CR-CREDIT-7788");
        // the share now points at its settlement; the account waits for the other shares before it is SETTLED
        assertThat(ex.as(CHINARE_FINANCE).accounts().get(fig2.id()).shares().get(0).settlementId()).isEqualTo(s.id());
        assertThat(broker.accounts().get(fig2.id()).status()).isEqualTo(AccountStatus.AGREED);

        // invoices: China Re charges VAT to Dongfang (both domestic), issued, delivered and confirmed
        Organisation chinaRe = new Organisation("c", "China Re", OrgType.REINSURER, "CN");
        Organisation dongfang = new Organisation("d", "Dongfang", OrgType.CEDENT, "CN");
        Organisation thames = new Organisation("t", "Thames Re", OrgType.REINSURER, "GB");
        Invoice inv = ex.as(CHINARE_FINANCE).invoices().request(new InvoiceRequest(v2Agreed.id(), CHINA_RE, false));
        io.redesk.domain.money.Money chinaShare = splitAsDomain(v2Agreed.balance()).get(0);
        VatTreatment.ChargedByProvider charged = (VatTreatment.ChargedByProvider) VatRules.assess(chinaRe, dongfang, chinaShare, false);
        assertThat(inv.treatment()).isEqualTo(io.redesk.sdk.model.account.VatTreatment.CHARGED);
        assertThat(d(inv.vat())).isEqualTo(charged.vat());
        assertThat(inv.issuerId()).isEqualTo(CHINA_RE);
        Invoice issuedInv = ex.as(CHINARE_FINANCE).invoices().issue(inv.id(), "3100271130000001", inv.version());
        Invoice delivered = ex.as(CHINARE_FINANCE).invoices().deliver(inv.id(), issuedInv.version());
        Invoice confirmedInv = ex.as(CEDENT_FINANCE).invoices().confirm(inv.id(), delivered.version());
        assertThat(confirmedInv.status()).isEqualTo(InvoiceStatus.CONFIRMED);
        assertThat(confirmedInv.invoiceNumber()).isEqualTo("3100271130000001");
        // the withheld-VAT case: Dongfang pays overseas Thames Re and withholds gross / 1.06 x 6%
        Invoice withheld = ex.as(CEDENT_FINANCE).invoices().request(new InvoiceRequest(v2Agreed.id(), THAMES_RE, false));
        io.redesk.domain.money.Money thamesShare = splitAsDomain(v2Agreed.balance()).get(2);
        VatTreatment.Withheld w = (VatTreatment.Withheld) VatRules.assess(thames, dongfang, thamesShare, false);
        assertThat(withheld.treatment()).isEqualTo(io.redesk.sdk.model.account.VatTreatment.WITHHELD);
        assertThat(withheld.issuerId()).isEqualTo(DONGFANG);
        assertThat(d(withheld.vat())).isEqualTo(w.withheld());
        assertThat(d(withheld.net())).isEqualTo(w.netPaid());
        Invoice cert = ex.as(CEDENT_FINANCE).invoices().issue(withheld.id(), "WH-2027-900001", withheld.version());
        assertThat(cert.status()).isEqualTo(InvoiceStatus.ISSUED);
        assertThat(ex.as(THAMES_FINANCE).invoices().get(withheld.id()).vat()).isEqualTo(withheld.vat());

        // the corrected bill registered with the exchange, with a receipt the account keeps
        BillRegistrationReceipt receipt = broker.accounts().register(v2Agreed.id(), new BillRegistrationRequest(v2Agreed.id(), p.umr(),
                "2027Q1", "CNY", v2Agreed.balance()));
        assertThat(receipt.registrationNumber()).matches("SHRB-\\d{4}-\\d{6}");
        assertThat(broker.accounts().get(v2Agreed.id()).registration().registrationNumber()).isEqualTo(receipt.registrationNumber());

        claimAdvisedMovedCashCalledPaidThroughTheAccountsAndRegistered(broker, p);
    }

    /** The claim flow on the same placement: advice → reserve movement → cash call paid by each participant → accounted → registered. */
    private static void claimAdvisedMovedCashCalledPaidThroughTheAccountsAndRegistered(ExchangeClient broker, Placement p) {
        Claim k = broker.claims().advise(new ClaimAdviceRequest(p.id(), "UCR-ACC-0001", LocalDate.of(2027, 5, 3), "Runway excursion",
                "Left the runway on landing in heavy rain", new Money("1200000.00", "CNY")));
        ReserveMovement moved = broker.claims().moveReserve(k.id(), new ReserveMovementRequest(new Money("900000.00", "CNY"),
                "Surveyor's report: gear repairable", LocalDate.of(2027, 5, 20)), k.version());
        io.redesk.domain.account.ReserveMovement rule = io.redesk.domain.account.ReserveMovement.of(io.redesk.domain.money.Money.cny("1200000.00"),
                io.redesk.domain.money.Money.cny("900000.00"));
        assertThat(d(moved.change())).isEqualTo(rule.change());
        assertThat(moved.shares()).extracting(x -> d(x.amount())).containsExactlyElementsOf(rule.shares(Share.HUNDRED,
                List.of(Share.of("40"), Share.of("20"), Share.of("40"))));
        assertThat(ex.as("uw.thames").claims().reserveMovement(moved.id()).shares()).extracting(ClaimShare::participantId)
                .containsExactly(THAMES_RE);

        CashCall call = broker.claims().callCash(k.id(), new CashCallRequest(new Money("400000.00", "CNY"), LocalDate.of(2027, 5, 25),
                "CC-ACC-1"));
        assertThat(call.shares()).extracting(x -> d(x.amount())).containsExactlyElementsOf(io.redesk.domain.account.CashCall.shares(
                io.redesk.domain.money.Money.cny("400000.00"), null, Share.HUNDRED, List.of(Share.of("40"), Share.of("20"), Share.of("40"))));
        long v = call.version();
        for (String finance : List.of(CHINARE_FINANCE, PUDONG_FINANCE, THAMES_FINANCE)) {
            v = ex.as(finance).claims().payCashCall(call.id(), finance.toUpperCase().replace('.', '-') + "-CC", v).version();
        }
        assertThat(broker.claims().cashCall(call.id()).status()).isEqualTo(CashCallStatus.PAID);

        // the next account carries the claims paid and the cash loss; each payment request links its item both ways
        TechnicalAccount draft = broker.accounts().create(new TechnicalAccountCreateRequest(p.id(), null, "2027Q2", "CNY", List.of(
                new TaItem(TaItemType.CLAIMS_PAID, new Money("200000.00", "CNY"), "UCR-ACC-0001", null, "Gear repair"),
                new TaItem(TaItemType.CASH_LOSS, new Money("400000.00", "CNY"), "UCR-ACC-0001", null, "Cash call CC-ACC-1"),
                new TaItem(TaItemType.OUTSTANDING_LOSS_RESERVE, new Money("900000.00", "CNY"), "UCR-ACC-0001", null, null)), null));
        TechnicalAccount claimsAccount = flow.agreedByAll(broker.accounts().issue(draft.id(), draft.version()));
        assertThat(claimsAccount.balance()).isEqualTo(new Money("-600000.00", "CNY"));
        Claim paid = broker.claims().requestPayment(k.id(), new ClaimPaymentRequest(claimsAccount.id(), new Money("200000.00", "CNY")),
                broker.claims().get(k.id()).version());
        paid = broker.claims().requestPayment(k.id(), new ClaimPaymentRequest(claimsAccount.id(), new Money("400000.00", "CNY"), call.id()),
                paid.version());
        assertThat(paid.paidTotal()).isEqualTo(new Money("600000.00", "CNY"));
        assertThat(paid.payments()).extracting(x -> x.itemIndex() + " " + x.cashCallId()).containsExactly("0 null", "1 " + call.id());
        TechnicalAccount linked = broker.accounts().get(claimsAccount.id());
        assertThat(linked.items()).extracting(TaItem::claimId).containsExactly(k.id(), k.id(), null);
        assertThat(linked.items().get(1).cashCallId()).isEqualTo(call.id());
        assertThat(linked.balance()).isEqualTo(claimsAccount.balance()); // a link changes no figure
        assertThat(broker.claims().cashCall(call.id()).technicalAccountId()).isEqualTo(claimsAccount.id());

        // registered with the standard's fields only
        ClaimRegistrationReceipt registered = broker.claims().register(k.id(), new ClaimRegistrationRequest(k.id(), p.umr(), k.ucr(), k.lossDate(),
                new Money("900000.00", "CNY"), new Money("600000.00", "CNY")));
        assertThat(registered.registrationNumber()).matches("SHRC-\\d{4}-\\d{6}");
        assertThat(ex.as(CEDENT_FINANCE).claims().get(k.id()).registration().registrationNumber()).isEqualTo(registered.registrationNumber());
    }
}
