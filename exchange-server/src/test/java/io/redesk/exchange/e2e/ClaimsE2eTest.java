package io.redesk.exchange.e2e;

import static io.redesk.exchange.e2e.AccountsFlow.CEDENT_FINANCE;
import static io.redesk.exchange.e2e.AccountsFlow.CHINARE_FINANCE;
import static io.redesk.exchange.e2e.AccountsFlow.PUDONG_FINANCE;
import static io.redesk.exchange.e2e.AccountsFlow.THAMES_FINANCE;
import static io.redesk.exchange.seed.DemoSeed.CHINA_RE;
import static io.redesk.exchange.seed.DemoSeed.PUDONG_RE;
import static io.redesk.exchange.seed.DemoSeed.THAMES_RE;
import static io.redesk.exchange.e2e.AccountsFlow.refused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redesk.domain.account.BalanceSplit;
import io.redesk.domain.account.BrokerageStatements;
import io.redesk.domain.account.PremiumInstalments;
import io.redesk.domain.account.StatementOfAccount;
import io.redesk.domain.money.Share;
import io.redesk.sdk.ExchangeClient;
import io.redesk.sdk.error.ConflictException;
import io.redesk.sdk.error.ExchangeException;
import io.redesk.sdk.error.ForbiddenException;
import io.redesk.sdk.error.PreconditionFailedException;
import io.redesk.sdk.error.ValidationException;
import io.redesk.sdk.model.Money;
import io.redesk.sdk.model.account.CashCall;
import io.redesk.sdk.model.account.CashCallRequest;
import io.redesk.sdk.model.account.CashCallShare;
import io.redesk.sdk.model.account.CashCallStatus;
import io.redesk.sdk.model.account.Claim;
import io.redesk.sdk.model.account.ClaimAdviceRequest;
import io.redesk.sdk.model.account.ClaimPaymentRequest;
import io.redesk.sdk.model.account.ClaimRegistrationReceipt;
import io.redesk.sdk.model.account.ClaimRegistrationRequest;
import io.redesk.sdk.model.account.ClaimShare;
import io.redesk.sdk.model.account.ReserveMovement;
import io.redesk.sdk.model.account.ReserveMovementRequest;
import io.redesk.sdk.model.account.Settlement;
import io.redesk.sdk.model.account.SettlementRequest;
import io.redesk.sdk.model.account.Statement;
import io.redesk.sdk.model.account.TaItem;
import io.redesk.sdk.model.account.TaItemType;
import io.redesk.sdk.model.account.TechnicalAccount;
import io.redesk.sdk.model.account.TechnicalAccountCreateRequest;
import io.redesk.sdk.model.feed.Change;
import io.redesk.sdk.model.feed.ChangeEntityType;
import io.redesk.sdk.model.placement.BrokerRemuneration;
import io.redesk.sdk.model.placement.Placement;
import io.redesk.sdk.model.placement.Slip;
import io.redesk.sdk.model.security.Rating;
import io.redesk.sdk.model.security.RatingAgency;
import io.redesk.sdk.model.security.SecurityPolicy;
import io.redesk.sdk.model.security.SecurityPolicyRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Claims beyond advice through the SDK against the real exchange (issue 11): reserve movements and cash
 * calls with each participant's share (and only its own for a participant, in the API and in its feed),
 * payments linked both ways to their technical-account item (a cash call's through a cash-loss item),
 * claim registration with a receipt; ceding commission at signing; the broker's brokerage statements;
 * the cedent's RMB rating threshold on the cross-border flag. Every bad input is a specific problem with
 * nothing stored; every figure is {@code domain}'s.
 */
@ExtendWith(SharedExchange.class)
class ClaimsE2eTest {
    private static E2eExchange ex;
    private static AccountsFlow flow;
    private static Placement placement;
    private static ExchangeClient broker;

    @BeforeAll
    static void start() {
        ex = SharedExchange.exchange();
        flow = new AccountsFlow(ex);
        placement = flow.signed();
        broker = flow.broker();
    }

    private static Claim advise(String ucr, String reserve) {
        return broker.claims().advise(new ClaimAdviceRequest(placement.id(), ucr, LocalDate.of(2027, 3, 1), "Hail", "Hail damage to 3 aircraft",
                new Money(reserve, "CNY")));
    }

    private static List<Change> feedOf(String user, UUID entityId) {
        List<Change> out = new ArrayList<>();
        ex.as(user).changes().from(null).forEachRemaining(c -> {
            if (c.entityId().equals(entityId)) {
                out.add(c);
            }
        });
        return out;
    }

    /** The placement's lines in written order: China Re 40, Pudong 20, Thames 40 of a 100% order. */
    private static List<Share> lines() {
        return List.of(Share.of("40"), Share.of("20"), Share.of("40"));
    }

    @Test
    void aReserveMovementSplitsOverTheLinesAndEachParticipantSeesOnlyItsOwnShare() {
        Claim k = advise("UCR-RM-0001", "2000000.00");
        ReserveMovement r = broker.claims().moveReserve(k.id(), new ReserveMovementRequest(new Money("1000000.01", "CNY"),
                "Surveyor's report", LocalDate.of(2027, 4, 2)), k.version());
        assertThat(r.previous()).isEqualTo(new Money("2000000.00", "CNY"));
        assertThat(r.change()).isEqualTo(new Money("-999999.99", "CNY"));
        assertThat(r.sequence()).isEqualTo(1);
        List<io.redesk.domain.money.Money> expected = BalanceSplit.split(io.redesk.domain.money.Money.cny("1000000.01"), lines());
        assertThat(r.shares()).extracting(ClaimShare::amount).containsExactlyElementsOf(expected.stream()
                .map(m -> new Money(m.amount().toPlainString(), "CNY")).toList());
        Claim moved = broker.claims().get(k.id());
        assertThat(moved.reserve()).isEqualTo(new Money("1000000.01", "CNY"));
        assertThat(moved.version()).isEqualTo(r.claimVersion()).isEqualTo(k.version() + 1);
        // a participant, FINANCE or UNDERWRITER, reads only its own share, in the API and in its feed
        for (String user : List.of(PUDONG_FINANCE, "uw.pudong")) {
            assertThat(ex.as(user).claims().reserveMovement(r.id()).shares()).singleElement()
                    .satisfies(s -> assertThat(s.participantId()).isEqualTo(PUDONG_RE));
            assertThat(ex.as(user).claims().allReserveMovements(k.id()).toList()).singleElement()
                    .satisfies(m -> assertThat(m.shares()).extracting(ClaimShare::participantId).containsExactly(PUDONG_RE));
        }
        List<Change> pudongFeed = feedOf(PUDONG_FINANCE, r.id());
        assertThat(pudongFeed).singleElement().satisfies(c -> {
            assertThat(c.entityType()).isEqualTo(ChangeEntityType.RESERVE_MOVEMENT);
            assertThat(c.reserveMovement().shares()).extracting(ClaimShare::participantId).containsExactly(PUDONG_RE);
        });
        assertThat(feedOf(CEDENT_FINANCE, r.id())).singleElement()
                .satisfies(c -> assertThat(c.reserveMovement().shares()).hasSize(3));
        ReserveMovement second = broker.claims().moveReserve(k.id(), new ReserveMovementRequest(new Money("0.00", "CNY"), "Closed",
                LocalDate.of(2027, 6, 1)), r.claimVersion());
        assertThat(second.sequence()).isEqualTo(2);
        assertThat(broker.claims().allReserveMovements(k.id()).map(ReserveMovement::id).toList()).containsExactly(r.id(), second.id());
    }

    @Test
    void aBadReserveMovementIsASpecificProblemAndStoresNothing() {
        Claim k = advise("UCR-RM-0002", "500000.00");
        refused(() -> broker.claims().moveReserve(k.id(), new ReserveMovementRequest(new Money("-1.00", "CNY"), "x", LocalDate.of(2027, 4, 1)),
                k.version()), ValidationException.class, "CLAIM_RESERVE_NEGATIVE", "outstanding.amount");
        refused(() -> broker.claims().moveReserve(k.id(), new ReserveMovementRequest(new Money("500000.00", "CNY"), "x", LocalDate.of(2027, 4, 1)),
                k.version()), ValidationException.class, "CLAIM_RESERVE_UNCHANGED", "outstanding.amount");
        refused(() -> broker.claims().moveReserve(k.id(), new ReserveMovementRequest(new Money("10.00", "USD"), "x", LocalDate.of(2027, 4, 1)),
                k.version()), ValidationException.class, "CLAIM_RESERVE_CURRENCY", "outstanding.currency");
        refused(() -> broker.claims().moveReserve(k.id(), new ReserveMovementRequest(new Money("10.00\n", "CNY"), "x", LocalDate.of(2027, 4, 1)),
                k.version()), ValidationException.class, "VALIDATION_FAILED", "outstanding.amount");
        refused(() -> broker.claims().moveReserve(k.id(), new ReserveMovementRequest(new Money("10.00", "CNY "), "x", LocalDate.of(2027, 4, 1)),
                k.version()), ValidationException.class, "VALIDATION_FAILED", "outstanding.currency");
        assertThatThrownBy(() -> broker.claims().moveReserve(k.id(), new ReserveMovementRequest(new Money("10.00", "CNY"), "x",
                LocalDate.of(2027, 4, 1)), k.version() + 7)).isInstanceOf(PreconditionFailedException.class);
        refused(() -> ex.as(CEDENT_FINANCE).claims().moveReserve(k.id(), new ReserveMovementRequest(new Money("10.00", "CNY"), "x",
                LocalDate.of(2027, 4, 1)), k.version()), ForbiddenException.class, "FORBIDDEN", null);
        assertThat(broker.claims().get(k.id())).isEqualTo(k);
        assertThat(broker.claims().allReserveMovements(k.id()).toList()).isEmpty();
    }

    @Test
    void aCashCallIsPaidShareByShareAndAccountedThroughACashLossItemLinkedBothWays() {
        Claim k = advise("UCR-CC-0001", "3000000.00");
        CashCall c = broker.claims().callCash(k.id(), new CashCallRequest(new Money("1500000.00", "CNY"), LocalDate.of(2027, 5, 10), "CC-2027-1"));
        assertThat(c.status()).isEqualTo(CashCallStatus.CALLED);
        assertThat(c.shares()).extracting(CashCallShare::participantId).containsExactly(CHINA_RE, PUDONG_RE, THAMES_RE);
        assertThat(c.shares()).extracting(CashCallShare::amount).containsExactly(new Money("600000.00", "CNY"), new Money("300000.00", "CNY"),
                new Money("600000.00", "CNY"));
        assertThat(ex.as("uw.thames").claims().cashCall(c.id()).shares()).singleElement()
                .satisfies(s -> assertThat(s.participantId()).isEqualTo(THAMES_RE));
        assertThat(feedOf(THAMES_FINANCE, c.id())).singleElement().satisfies(ch -> {
            assertThat(ch.entityType()).isEqualTo(ChangeEntityType.CASH_CALL);
            assertThat(ch.cashCall().shares()).extracting(CashCallShare::participantId).containsExactly(THAMES_RE);
        });
        // only a participant's FINANCE pays, its own share, once
        refused(() -> ex.as("uw.pudong").claims().payCashCall(c.id(), "PD-1", c.version()), ForbiddenException.class, "FORBIDDEN", null);
        refused(() -> broker.claims().payCashCall(c.id(), "HT-1", c.version()), ForbiddenException.class, "FORBIDDEN", null);
        refused(() -> ex.as(PUDONG_FINANCE).claims().payCashCall(c.id(), "PD-1 ", c.version()), ValidationException.class,
                "VALIDATION_FAILED", "bankReference");
        CashCall partly = ex.as(PUDONG_FINANCE).claims().payCashCall(c.id(), "PD-CC-1", c.version());
        assertThat(partly.status()).isEqualTo(CashCallStatus.PARTLY_PAID);
        assertThat(partly.shares()).singleElement().satisfies(s -> {
            assertThat(s.paid()).isTrue();
            assertThat(s.bankReference()).isEqualTo("PD-CC-1");
        });
        refused(() -> ex.as(PUDONG_FINANCE).claims().payCashCall(c.id(), "PD-CC-2", partly.version()), ConflictException.class,
                "ALREADY_PAID", null);
        assertThatThrownBy(() -> ex.as(CHINARE_FINANCE).claims().payCashCall(c.id(), "CR-CC-1", c.version()))
                .isInstanceOf(PreconditionFailedException.class);
        ex.as(CHINARE_FINANCE).claims().payCashCall(c.id(), "CR-CC-1", partly.version());
        CashCall paid = ex.as(THAMES_FINANCE).claims().payCashCall(c.id(), "TR-CC-1", partly.version() + 1);
        assertThat(paid.status()).isEqualTo(CashCallStatus.PAID);

        // the loss enters the next account as a cash-loss item; the payment request naming the call links all three
        TechnicalAccount claimsPaidOnly = issued(List.of(new TaItem(TaItemType.CLAIMS_PAID, new Money("1500000.00", "CNY"), "UCR-CC-0001",
                null, null)));
        Claim before = broker.claims().get(k.id());
        refused(() -> broker.claims().requestPayment(k.id(), new ClaimPaymentRequest(claimsPaidOnly.id(), new Money("1500000.00", "CNY"),
                c.id()), before.version()), ValidationException.class, "CLAIM_NO_TA_ITEM", "technicalAccountId");
        TechnicalAccount account = issued(List.of(new TaItem(TaItemType.PREMIUM, new Money("2000000.00", "CNY"), "Q2", null, null),
                new TaItem(TaItemType.CASH_LOSS, new Money("1500000.00", "CNY"), "UCR-CC-0001", null, "Cash call CC-2027-1")));
        refused(() -> broker.claims().requestPayment(k.id(), new ClaimPaymentRequest(account.id(), new Money("1400000.00", "CNY"), c.id()),
                before.version()), ValidationException.class, "CLAIM_AMOUNT_MISMATCH", "amount.amount");
        refused(() -> broker.claims().requestPayment(k.id(), new ClaimPaymentRequest(account.id(), new Money("1500000.00 ", "CNY"), c.id()),
                before.version()), ValidationException.class, "VALIDATION_FAILED", "amount.amount");
        // nothing of the refused requests was kept
        assertThat(broker.claims().get(k.id())).isEqualTo(before);
        assertThat(broker.accounts().get(account.id()).version()).isEqualTo(account.version());
        assertThat(broker.accounts().get(claimsPaidOnly.id()).version()).isEqualTo(claimsPaidOnly.version());
        assertThat(broker.claims().cashCall(c.id()).technicalAccountId()).isNull();

        Claim linked = broker.claims().requestPayment(k.id(), new ClaimPaymentRequest(account.id(), new Money("1500000.00", "CNY"), c.id()),
                before.version());
        assertThat(linked.payments()).singleElement().satisfies(p -> {
            assertThat(p.technicalAccountId()).isEqualTo(account.id());
            assertThat(p.itemIndex()).isEqualTo(1);
            assertThat(p.cashCallId()).isEqualTo(c.id());
        });
        TaItem item = broker.accounts().get(account.id()).items().get(1);
        assertThat(item.claimId()).isEqualTo(k.id());
        assertThat(item.cashCallId()).isEqualTo(c.id());
        CashCall accounted = broker.claims().cashCall(c.id());
        assertThat(accounted.technicalAccountId()).isEqualTo(account.id());
        assertThat(accounted.itemIndex()).isEqualTo(1);
        assertThat(accounted.status()).isEqualTo(CashCallStatus.PAID);
        refused(() -> broker.claims().requestPayment(k.id(), new ClaimPaymentRequest(account.id(), new Money("1500000.00", "CNY"), c.id()),
                linked.version()), ConflictException.class, "CASH_CALL_ACCOUNTED", null);
    }

    private static TechnicalAccount issued(List<TaItem> items) {
        TechnicalAccount d = broker.accounts().create(new TechnicalAccountCreateRequest(placement.id(), null, "2027Q2", "CNY", items, null));
        return broker.accounts().issue(d.id(), d.version());
    }

    @Test
    void badCashCallsAreSpecificProblemsAndStoreNothing() {
        Claim k = advise("UCR-CC-0002", "100.00");
        refused(() -> broker.claims().callCash(k.id(), new CashCallRequest(new Money("0.00", "CNY"), LocalDate.of(2027, 5, 1), null)),
                ValidationException.class, "CASH_CALL_NOT_POSITIVE", "amount.amount");
        refused(() -> broker.claims().callCash(k.id(), new CashCallRequest(new Money("5.00", "USD"), LocalDate.of(2027, 5, 1), null)),
                ValidationException.class, "CASH_CALL_WRONG_CURRENCY", "amount.currency");
        refused(() -> broker.claims().callCash(k.id(), new CashCallRequest(new Money("5.00", "CNY"), LocalDate.of(2027, 5, 1), "CC-1\n")),
                ValidationException.class, "VALIDATION_FAILED", "reference");
        refused(() -> ex.as(CHINARE_FINANCE).claims().callCash(k.id(), new CashCallRequest(new Money("5.00", "CNY"), LocalDate.of(2027, 5, 1),
                null)), ForbiddenException.class, "FORBIDDEN", null);
        assertThat(broker.claims().allCashCalls(k.id()).toList()).isEmpty();
    }

    @Test
    void aClaimIsRegisteredWithTheStandardsFieldsOnlyAndAReceipt() {
        Claim k = advise("UCR-REG-0001", "750000.00");
        ClaimRegistrationRequest right = new ClaimRegistrationRequest(k.id(), placement.umr(), k.ucr(), k.lossDate(), k.reserve(), k.paidTotal());
        refused(() -> broker.claims().register(k.id(), new ClaimRegistrationRequest(k.id(), placement.umr(), k.ucr(), k.lossDate(),
                new Money("750000.01", "CNY"), k.paidTotal())), ValidationException.class, "REGISTRATION_MISMATCH", "outstanding.amount");
        refused(() -> broker.claims().register(k.id(), new ClaimRegistrationRequest(k.id(), placement.umr(), "UCR-REG-0001 ", k.lossDate(),
                k.reserve(), k.paidTotal())), ValidationException.class, "VALIDATION_FAILED", "ucr");
        refused(() -> broker.claims().register(k.id(), new ClaimRegistrationRequest(k.id(), placement.umr(), k.ucr(), LocalDate.of(2027, 3, 2),
                k.reserve(), k.paidTotal())), ValidationException.class, "REGISTRATION_MISMATCH", "lossDate");
        refused(() -> ex.as(CEDENT_FINANCE).claims().register(k.id(), right), ForbiddenException.class, "FORBIDDEN", null);
        assertThat(broker.claims().get(k.id()).registration()).isNull();
        ClaimRegistrationReceipt receipt = broker.claims().register(k.id(), right);
        assertThat(receipt.registrationNumber()).matches("SHRC-[0-9]{4}-[0-9]{6}");
        assertThat(receipt.fieldsDigest()).hasSize(64);
        Claim registered = ex.as("uw.chinare").claims().get(k.id());
        assertThat(registered.registration().registrationNumber()).isEqualTo(receipt.registrationNumber());
        assertThat(registered.registration().fieldsDigest()).isEqualTo(receipt.fieldsDigest());
        refused(() -> broker.claims().register(k.id(), right), ConflictException.class, "ALREADY_REGISTERED", null);
    }

    @Test
    void aSignedPlacementsPremiumAccountsCarryTheSlipsCedingCommission() {
        Slip base = Slips.aviation("100");
        Slip slip = new Slip(base.umr(), base.contractKind(), base.riskDetails(), base.information(), base.securityDetails(),
                base.subscriptionAgreement(), base.fiscalRegulatory(), new BrokerRemuneration("2.5", null, "27.5"));
        refused(() -> broker.placements().create(new io.redesk.sdk.model.placement.PlacementCreateRequest("x",
                io.redesk.exchange.seed.DemoSeed.DONGFANG, io.redesk.exchange.seed.DemoSeed.HUATAI, new Slip(Slips.freshUmr(), base.contractKind(),
                base.riskDetails(), base.information(), base.securityDetails(), base.subscriptionAgreement(), base.fiscalRegulatory(),
                new BrokerRemuneration("2.5", null, "27.5\n")))), ValidationException.class, "VALIDATION_FAILED", "slip.brokerRemuneration.cedingCommission");
        Placement p = flow.signed(slip);
        assertThat(p.slip().brokerRemuneration().cedingCommission()).isEqualTo("27.5");
        List<TechnicalAccount> produced = broker.accounts().listAll(p.id(), null).toList();
        PremiumInstalments.Plan plan = PremiumInstalments.plan(io.redesk.domain.money.Money.cny("12500000.00"), "Quarterly in arrears",
                Slips.PERIOD_START);
        assertThat(produced).hasSize(plan.instalments().size());
        for (int i = 0; i < produced.size(); i++) {
            List<io.redesk.domain.account.TaItem> expected = PremiumInstalments.items(plan.instalments().get(i), Share.of("27.5"), Share.of("2.5"));
            assertThat(produced.get(i).items()).extracting(TaItem::type).containsExactly(TaItemType.PREMIUM, TaItemType.CEDING_COMMISSION,
                    TaItemType.BROKERAGE);
            assertThat(produced.get(i).items()).extracting(TaItem::amount).containsExactlyElementsOf(expected.stream()
                    .map(t -> new Money(t.amount().amount().toPlainString(), "CNY")).toList());
        }
        // 3,125,000 − 859,375 commission − 78,125 brokerage
        assertThat(produced.get(0).balance()).isEqualTo(new Money("2187500.00", "CNY"));
    }

    @Test
    void theBrokersBrokerageStatementsEqualWhatDomainComputes() {
        TechnicalAccount a = flow.designIssued(placement.id(), "CNY");
        List<Statement> statements = broker.settlements().brokerageStatements("2027Q1", "CNY");
        // every issued account of Huatai's in 2027Q1 enters; this account's entries are domain's split of its 25,000 brokerage
        List<io.redesk.domain.account.StatementEntry> entries = BrokerageStatements.entries(a.id().toString(),
                new io.redesk.domain.account.TechnicalAccount(a.contractReference(), a.period(), java.util.Currency.getInstance("CNY"),
                        AccountsFlow.designItems("CNY").stream().map(t -> new io.redesk.domain.account.TaItem(
                                io.redesk.domain.account.TaItemType.valueOf(t.type().name()), io.redesk.domain.money.Money.cny(t.amount().amount()),
                                t.reference())).toList(), null),
                Share.HUNDRED, List.of(new BrokerageStatements.Participant(CHINA_RE.toString(), Share.of("40")),
                        new BrokerageStatements.Participant(PUDONG_RE.toString(), Share.of("20")),
                        new BrokerageStatements.Participant(THAMES_RE.toString(), Share.of("40"))));
        for (io.redesk.domain.account.StatementEntry e : entries) {
            Statement s = statements.stream().filter(x -> x.counterpartyId().toString().equals(e.counterpartyId())).findFirst().orElseThrow();
            assertThat(s.entries()).anySatisfy(x -> {
                assertThat(x.technicalAccountId()).isEqualTo(a.id());
                assertThat(x.amount()).isEqualTo(new Money(e.amount().amount().toPlainString(), "CNY"));
            });
            assertThat(s.total().amount()).isEqualTo(s.entries().stream().map(x -> new java.math.BigDecimal(x.amount().amount()))
                    .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add).setScale(2).toPlainString());
        }
        assertThat(entries).extracting(x -> x.amount().amount().toPlainString()).containsExactly("10000.00", "5000.00", "10000.00");
        // whoever is not a broker earns no brokerage; the period filter is exact
        assertThat(ex.as(CEDENT_FINANCE).settlements().brokerageStatements(null, null)).isEmpty();
        assertThat(ex.as("uw.chinare").settlements().brokerageStatements(null, null)).isEmpty();
        refused(() -> broker.settlements().brokerageStatements("2027Q1\n", null), ValidationException.class, "VALIDATION_FAILED", "period");
        List<StatementOfAccount> none = BrokerageStatements.aggregate(List.of());
        assertThat(none).isEmpty();
    }

    @Test
    void theCrossBorderRmbFlagIsRefusedWhereTheReinsurerIsBelowTheCedentsRmbMinimum() {
        Placement p = flow.signed();
        flow.agreedByAll(flow.designIssued(p.id(), "CNY"));
        ExchangeClient admin = ex.as("cedent.admin");
        SecurityPolicy policy = admin.securityPolicy().get();
        SecurityPolicy strict = admin.securityPolicy().put(new SecurityPolicyRequest(new Rating(RatingAgency.SP, "AA-", null), true),
                policy.version());
        try {
            // Thames Re (GB, S&P A+) is below Dongfang's AA- for cross-border RMB business
            refused(() -> ex.as(CEDENT_FINANCE).settlements().instruct(new SettlementRequest(THAMES_RE, "CNY", null, null, true)),
                    ValidationException.class, "SETTLEMENT_RMB_RATING_BELOW_MINIMUM", "crossBorderRmb");
            assertThatThrownBy(() -> ex.as(CEDENT_FINANCE).settlements().instruct(new SettlementRequest(THAMES_RE, "CNY", null, null, true)))
                    .hasMessageContaining("Thames Re").hasMessageContaining("AA-");
            assertThat(ex.as(THAMES_FINANCE).settlements().listAll().map(Settlement::payeeId).toList()).doesNotContain(THAMES_RE);
        } finally {
            admin.securityPolicy().put(new SecurityPolicyRequest(new Rating(RatingAgency.SP, "A-", null), true), strict.version());
        }
        // at the default A-, Thames Re qualifies and the flag applies (Dongfang CN, Thames GB, CNY)
        Settlement s = ex.as(CEDENT_FINANCE).settlements().instruct(new SettlementRequest(THAMES_RE, "CNY", null, null, true));
        assertThat(s.crossBorderRmb()).isTrue();
    }
}
