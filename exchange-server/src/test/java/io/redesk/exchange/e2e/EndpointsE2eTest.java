package io.redesk.exchange.e2e;

import static io.redesk.exchange.seed.DemoSeed.AVIATION_POOL;
import static io.redesk.exchange.seed.DemoSeed.CHINA_RE;
import static io.redesk.exchange.seed.DemoSeed.DONGFANG;
import static io.redesk.exchange.seed.DemoSeed.HUATAI;
import static io.redesk.exchange.seed.DemoSeed.JINQIAO_RE;
import static io.redesk.exchange.seed.DemoSeed.MINOR_RE;
import static io.redesk.exchange.seed.DemoSeed.PUDONG_RE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redesk.domain.money.Share;
import io.redesk.exchange.seed.DemoSeed;
import io.redesk.sdk.ExchangeClient;
import io.redesk.sdk.audit.AuditChainVerifier;
import io.redesk.sdk.convert.DomainValues;
import io.redesk.sdk.error.AuthenticationException;
import io.redesk.sdk.error.ConflictException;
import io.redesk.sdk.error.ForbiddenException;
import io.redesk.sdk.error.PreconditionFailedException;
import io.redesk.sdk.error.ValidationException;
import io.redesk.sdk.model.Health;
import io.redesk.sdk.model.audit.AuditEvent;
import io.redesk.sdk.model.feed.Change;
import io.redesk.sdk.model.line.Line;
import io.redesk.sdk.model.line.LineAmendRequest;
import io.redesk.sdk.model.line.LineStatus;
import io.redesk.sdk.model.line.SubjectivityRequest;
import io.redesk.sdk.model.line.SubjectivityStatus;
import io.redesk.sdk.model.party.Me;
import io.redesk.sdk.model.party.OrgType;
import io.redesk.sdk.model.party.Organisation;
import io.redesk.sdk.model.party.Role;
import io.redesk.sdk.model.party.User;
import io.redesk.sdk.model.placement.Endorsement;
import io.redesk.sdk.model.placement.EndorsementRequest;
import io.redesk.sdk.model.placement.Placement;
import io.redesk.sdk.model.placement.PlacementStatus;
import io.redesk.sdk.model.placement.SlipVersion;
import io.redesk.sdk.model.quote.InquiryRequest;
import io.redesk.sdk.model.quote.Quote;
import io.redesk.sdk.model.quote.QuoteStatus;
import io.redesk.sdk.model.registration.ContractRegistrationRequest;
import io.redesk.sdk.model.registration.RegisteredLine;
import io.redesk.sdk.model.security.Pool;
import io.redesk.sdk.model.security.PoolMember;
import io.redesk.sdk.model.security.Rating;
import io.redesk.sdk.model.security.RatingAgency;
import io.redesk.sdk.model.security.Reinsurer;
import io.redesk.sdk.model.security.SecurityOverride;
import io.redesk.sdk.model.security.SecurityPolicy;
import io.redesk.sdk.model.security.SecurityPolicyRequest;
import io.redesk.sdk.model.signing.SigningOutcome;
import io.redesk.sdk.model.signing.SigningResult;
import io.redesk.sdk.model.signing.UnderSubscriptionDecision;
import io.redesk.sdk.paging.ChangeFeedIterator;
import io.redesk.sdk.paging.Page;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every endpoint of the contract through the SDK, each response validated against openapi.yaml; the last
 * test checks that this class alone exercised every operation the contract declares.
 */
@ExtendWith(SharedExchange.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EndpointsE2eTest {

    private static int firstCheck;

    private static E2eExchange ex;
    private static Workflow flow;

    @BeforeAll
    static void start() {
        ex = SharedExchange.exchange();
        flow = new Workflow(ex);
        firstCheck = ex.contract.checked().size();
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void everyOperationOfTheContractWasExercised() {
        Set<String> exercised = ex.contract.checked().subList(firstCheck, ex.contract.checked().size()).stream()
                .map(c -> c.substring(0, c.lastIndexOf(' ')))
                .collect(Collectors.toSet());
        assertThat(exercised).containsAll(ContractCheck.operations());
    }

    @Test
    void reserveMovementsCashCallsClaimRegistrationAndBrokerageStatements() {
        AccountsFlow af = new AccountsFlow(ex);
        io.redesk.sdk.model.placement.Placement p = af.signed();
        ExchangeClient broker = af.broker();
        io.redesk.sdk.model.account.Claim claim = broker.claims().advise(new io.redesk.sdk.model.account.ClaimAdviceRequest(p.id(),
                "UCR-EP-0001", LocalDate.of(2027, 2, 14), "Hail", "Hail on the apron", new io.redesk.sdk.model.Money("100000.00", "CNY")));
        io.redesk.sdk.model.account.ReserveMovement r = broker.claims().moveReserve(claim.id(),
                new io.redesk.sdk.model.account.ReserveMovementRequest(new io.redesk.sdk.model.Money("80000.00", "CNY"), "Estimate",
                        LocalDate.of(2027, 3, 1)), claim.version());
        assertThat(broker.claims().reserveMovement(r.id())).isEqualTo(r);
        assertThat(broker.claims().reserveMovements(claim.id(), null, 5).items()).containsExactly(r);
        io.redesk.sdk.model.account.CashCall call = broker.claims().callCash(claim.id(), new io.redesk.sdk.model.account.CashCallRequest(
                new io.redesk.sdk.model.Money("50000.00", "CNY"), LocalDate.of(2027, 3, 10), null));
        assertThat(broker.claims().cashCall(call.id())).isEqualTo(call);
        assertThat(broker.claims().cashCalls(claim.id(), null, 5).items()).containsExactly(call);
        assertThat(ex.as(AccountsFlow.PUDONG_FINANCE).claims().payCashCall(call.id(), "PD-EP-1", call.version()).status())
                .isEqualTo(io.redesk.sdk.model.account.CashCallStatus.PARTLY_PAID);
        claim = broker.claims().get(claim.id());
        io.redesk.sdk.model.account.ClaimRegistrationReceipt receipt = broker.claims().register(claim.id(),
                new io.redesk.sdk.model.account.ClaimRegistrationRequest(claim.id(), p.umr(), claim.ucr(), claim.lossDate(), claim.reserve(),
                        claim.paidTotal()));
        assertThat(broker.claims().get(claim.id()).registration().registrationNumber()).isEqualTo(receipt.registrationNumber());
        af.designIssued(p.id(), "CNY");
        assertThat(broker.settlements().brokerageStatements("2027Q1", "CNY")).isNotEmpty();
    }

    @Test
    void accountsClaimsSettlementsAndInvoices() {
        AccountsFlow af = new AccountsFlow(ex);
        io.redesk.sdk.model.placement.Placement p = af.signed();
        ExchangeClient broker = af.broker();
        assertThat(broker.accounts().list(p.id(), io.redesk.sdk.model.account.AccountStatus.DRAFT, null, 10).items()).hasSize(4);
        io.redesk.sdk.model.account.TechnicalAccount d = af.designDraft(p.id(), "CNY", null);
        d = broker.accounts().update(d.id(), new io.redesk.sdk.model.account.TechnicalAccountContent(AccountsFlow.designItems("CNY"),
                new io.redesk.sdk.model.Money("225000.00", "CNY")), d.version());
        io.redesk.sdk.model.account.TechnicalAccount issued = broker.accounts().issue(d.id(), d.version());
        io.redesk.sdk.model.account.TechnicalAccount q = ex.as(AccountsFlow.PUDONG_FINANCE).accounts().query(d.id(), "claim not ours",
                broker.accounts().get(d.id()).version());
        io.redesk.sdk.model.account.TechnicalAccount v2 = broker.accounts().correct(d.id(),
                new io.redesk.sdk.model.account.TechnicalAccountContent(AccountsFlow.designItems("CNY"), null), q.version());
        io.redesk.sdk.model.account.TechnicalAccount agreed = af.agreedByAll(broker.accounts().issue(v2.id(), v2.version()));
        broker.accounts().register(agreed.id(), new io.redesk.sdk.model.account.BillRegistrationRequest(agreed.id(), p.umr(), "2027Q1", "CNY",
                agreed.balance()));
        io.redesk.sdk.model.account.Claim claim = broker.claims().advise(new io.redesk.sdk.model.account.ClaimAdviceRequest(p.id(),
                "UCR-FIG2-0001", java.time.LocalDate.of(2027, 2, 14), "Hard landing", "Nose gear collapse at PVG",
                new io.redesk.sdk.model.Money("1000000.00", "CNY")));
        claim = broker.claims().requestPayment(claim.id(), new io.redesk.sdk.model.account.ClaimPaymentRequest(agreed.id(),
                new io.redesk.sdk.model.Money("400000.00", "CNY")), claim.version());
        assertThat(broker.claims().get(claim.id()).payments()).hasSize(1);
        assertThat(broker.claims().list(p.id(), null, 5).items()).extracting(io.redesk.sdk.model.account.Claim::id).contains(claim.id());
        assertThat(ex.as(AccountsFlow.CEDENT_FINANCE).settlements().statements(null, "CNY")).isNotEmpty();
        io.redesk.sdk.model.account.Settlement s = ex.as(AccountsFlow.CEDENT_FINANCE).settlements().instruct(
                new io.redesk.sdk.model.account.SettlementRequest(io.redesk.exchange.seed.DemoSeed.PUDONG_RE, "CNY", null, null, false));
        s = ex.as(AccountsFlow.CEDENT_FINANCE).settlements().pay(s.id(), new io.redesk.sdk.model.account.PaymentRequest(s.due(), "ICBC-E2E-1",
                java.time.LocalDate.of(2027, 4, 10)), s.version());
        ex.as(AccountsFlow.PUDONG_FINANCE).settlements().confirm(s.id(), "PDR-CR-1", s.version());
        assertThat(ex.as(AccountsFlow.PUDONG_FINANCE).settlements().get(s.id()).status())
                .isEqualTo(io.redesk.sdk.model.account.SettlementStatus.CONFIRMED);
        assertThat(ex.as(AccountsFlow.PUDONG_FINANCE).settlements().list(null, 10).items()).isNotEmpty();
        io.redesk.sdk.model.account.Invoice inv = ex.as(AccountsFlow.PUDONG_FINANCE).invoices().request(
                new io.redesk.sdk.model.account.InvoiceRequest(agreed.id(), io.redesk.exchange.seed.DemoSeed.PUDONG_RE, false));
        inv = ex.as(AccountsFlow.PUDONG_FINANCE).invoices().issue(inv.id(), "3100271130009001", inv.version());
        inv = ex.as(AccountsFlow.PUDONG_FINANCE).invoices().deliver(inv.id(), inv.version());
        inv = ex.as(AccountsFlow.CEDENT_FINANCE).invoices().confirm(inv.id(), inv.version());
        inv = ex.as(AccountsFlow.PUDONG_FINANCE).invoices().voidWith(inv.id(), "3100271130009002", "wrong share", inv.version());
        assertThat(ex.as(AccountsFlow.PUDONG_FINANCE).invoices().get(inv.id()).status()).isEqualTo(io.redesk.sdk.model.account.InvoiceStatus.VOIDED);
        assertThat(ex.as(AccountsFlow.CEDENT_FINANCE).invoices().list(null, 10).items()).isNotEmpty();
        assertThat(issued.status()).isEqualTo(io.redesk.sdk.model.account.AccountStatus.ISSUED);
    }

    @Test
    void mutationBatch() {
        Placement p = flow.draft("100");
        io.redesk.sdk.batch.MutationBatch b = flow.broker().batches().newBatch();
        io.redesk.sdk.batch.BatchCall<Placement> submit = b.transition(java.util.UUID.randomUUID().toString(),
                "PLACEMENT:" + p.id(), p.id(), PlacementStatus.SUBMITTED, null, p.version());
        assertThat(flow.broker().batches().send(b).result(submit).status()).isEqualTo(PlacementStatus.SUBMITTED);
    }

    @Test
    void metaEndpoints() {
        try (ExchangeClient anon = ex.anonymous()) {
            Health h = anon.meta().health();
            assertThat(h.status()).isNotBlank();
            assertThat(anon.meta().readiness().status()).isEqualTo("UP");
            assertThat(anon.meta().openApiYaml()).startsWith("openapi: 3.1");
        }
    }

    @Test
    void loginRefreshLogout() {
        try (ExchangeClient c = ex.anonymous()) {
            var tokens = c.auth().login("broker.alice", DemoSeed.PASSWORD);
            assertThat(c.users().me().user().username()).isEqualTo("broker.alice");
            var renewed = c.auth().refresh();
            assertThat(renewed.accessToken()).isNotEqualTo(tokens.accessToken());
            assertThat(c.users().me().organisation().id()).isEqualTo(HUATAI);
            c.auth().logout();
            assertThat(c.auth().current()).isEmpty();
            assertThatThrownBy(() -> c.users().me()).isInstanceOf(AuthenticationException.class);
        }
    }

    @Test
    void wrongCredentialsAreRejected() {
        try (ExchangeClient c = ex.anonymous()) {
            assertThatThrownBy(() -> c.auth().login("broker.alice", "wrong-password"))
                    .isInstanceOfSatisfying(AuthenticationException.class,
                            e -> assertThat(e.code()).isEqualTo("INVALID_CREDENTIALS"));
            assertThat(c.auth().current()).isEmpty();
        }
    }

    @Test
    void meOrganisationsUsers() {
        ExchangeClient broker = flow.broker();
        Me me = broker.users().me();
        assertThat(me.user().roles()).contains(Role.BROKER);
        assertThat(me.organisation().type()).isEqualTo(OrgType.BROKER);
        List<Organisation> reinsurers = broker.organisations().listAll(OrgType.REINSURER).toList();
        assertThat(reinsurers).extracting(Organisation::id).contains(CHINA_RE, PUDONG_RE, MINOR_RE);
        assertThat(reinsurers).extracting(Organisation::type).containsOnly(OrgType.REINSURER);
        assertThat(broker.organisations().get(DONGFANG).name()).isEqualTo("Dongfang Property & Casualty");
        // paging by cursor, one at a time
        Page<Organisation> first = broker.organisations().list(null, null, 1);
        assertThat(first.items()).hasSize(1);
        assertThat(first.nextCursor()).isNotNull();
        assertThat(broker.organisations().listAll(null).count()).isEqualTo(11);
        List<User> users = broker.users().listAll().toList();
        assertThat(users).extracting(User::organisationId).containsOnly(HUATAI);
        assertThat(broker.users().get(me.user().id()).username()).isEqualTo("broker.alice");
        assertThat(ex.as("ops.admin").users().listAll().count()).isEqualTo(DemoSeed.usernames().size());
    }

    @Test
    void reinsurersRatingsAndFlags() {
        ExchangeClient broker = flow.broker();
        List<Reinsurer> all = broker.reinsurers().listAll().toList();
        assertThat(all).extracting(r -> r.organisation().id()).contains(CHINA_RE, MINOR_RE);
        Reinsurer minor = broker.reinsurers().get(MINOR_RE);
        assertThat(minor.securityFlag().belowMinimum()).isTrue();
        assertThat(broker.reinsurers().get(CHINA_RE).securityFlag().belowMinimum()).isFalse();
        Reinsurer rated = ex.as("ops.admin").reinsurers().putRating(JINQIAO_RE,
                new Rating(RatingAgency.FITCH, "A", null));
        assertThat(rated.ratings()).extracting(Rating::agency).contains(RatingAgency.FITCH, RatingAgency.AM_BEST);
    }

    @Test
    void poolsAndMembers() {
        ExchangeClient admin = ex.as("pool.admin");
        assertThat(admin.pools().listAll().map(Pool::id)).contains(AVIATION_POOL);
        Pool pool = admin.pools().get(AVIATION_POOL);
        assertThat(pool.members()).extracting(m -> DomainValues.share(m.share()))
                .containsExactly(Share.of("50"), Share.of("30"), Share.of("20"));
        List<PoolMember> swapped = List.of(new PoolMember(CHINA_RE, null, "40"), new PoolMember(PUDONG_RE, null, "40"),
                new PoolMember(JINQIAO_RE, null, "20"));
        Pool changed = admin.pools().putMembers(AVIATION_POOL, swapped, pool.version());
        assertThat(changed.version()).isGreaterThan(pool.version());
        assertThat(changed.members()).extracting(m -> DomainValues.share(m.share()))
                .containsExactly(Share.of("40"), Share.of("40"), Share.of("20"));
        // a stale version is refused with the current one
        assertThatThrownBy(() -> admin.pools().putMembers(AVIATION_POOL, swapped, pool.version()))
                .isInstanceOfSatisfying(PreconditionFailedException.class,
                        e -> assertThat(e.currentVersion()).contains(String.valueOf(changed.version())));
        // shares must sum to 100, and the field is named
        assertThatThrownBy(() -> admin.pools().putMembers(AVIATION_POOL, List.of(new PoolMember(CHINA_RE, null, "60")),
                changed.version())).isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.code()).isEqualTo("SHARES_DO_NOT_SUM"));
        admin.pools().putMembers(AVIATION_POOL, pool.members(), changed.version());
    }

    @Test
    void securityPolicyWithOptimisticConcurrency() {
        ExchangeClient admin = ex.as("broker.admin");
        SecurityPolicy policy = admin.securityPolicy().get();
        assertThat(policy.minimumRating().grade()).isEqualTo("A-");
        SecurityPolicy stricter = admin.securityPolicy().put(new SecurityPolicyRequest(
                new Rating(RatingAgency.SP, "A", null), true), policy.version());
        assertThat(stricter.minimumRating().grade()).isEqualTo("A");
        assertThatThrownBy(() -> admin.securityPolicy().put(new SecurityPolicyRequest(
                new Rating(RatingAgency.SP, "A-", null), true), policy.version()))
                .isInstanceOf(PreconditionFailedException.class);
        admin.securityPolicy().put(new SecurityPolicyRequest(new Rating(RatingAgency.SP, "A-", null), true),
                stricter.version());
    }

    @Test
    void placementSlipVersionsAndTransitions() {
        ExchangeClient broker = flow.broker();
        Placement draft = flow.draft("100");
        assertThat(draft.status()).isEqualTo(PlacementStatus.DRAFT);
        assertThat(draft.slipVersion()).isEqualTo(1);
        assertThat(broker.placements().listAll(PlacementStatus.DRAFT).map(Placement::id)).contains(draft.id());
        Placement edited = broker.placements().putSlip(draft.id(), Slips.aviation(draft.umr(), "90"),
                draft.version());
        assertThat(edited.slipVersion()).isEqualTo(2);
        assertThat(DomainValues.share(edited.slip().securityDetails().orderShare())).isEqualTo(Share.of("90"));
        List<SlipVersion> versions = broker.placements().allSlipVersions(draft.id()).toList();
        assertThat(versions).extracting(SlipVersion::number).containsExactly(1L, 2L);
        assertThat(DomainValues.share(broker.placements().slipVersion(draft.id(), 1).slip().securityDetails()
                .orderShare())).isEqualTo(Share.HUNDRED);
        // a stale version is refused and nothing is lost
        assertThatThrownBy(() -> broker.placements().putSlip(draft.id(), Slips.aviation(draft.umr(), "50"),
                draft.version())).isInstanceOfSatisfying(PreconditionFailedException.class,
                        e -> assertThat(e.currentVersion()).contains(String.valueOf(edited.version())));
        assertThat(DomainValues.share(broker.placements().get(draft.id()).slip().securityDetails().orderShare()))
                .isEqualTo(Share.of("90"));
        // an illegal transition is a conflict
        assertThatThrownBy(() -> broker.placements().transition(draft.id(), PlacementStatus.BOUND, null,
                edited.version())).isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.code()).isEqualTo("ILLEGAL_TRANSITION"));
        Placement cancelled = broker.placements().transition(draft.id(), PlacementStatus.CANCELLED, "client withdrew",
                edited.version());
        assertThat(cancelled.status()).isEqualTo(PlacementStatus.CANCELLED);
    }

    @Test
    void invalidInputNamesTheField() {
        ExchangeClient broker = flow.broker();
        assertThatThrownBy(() -> broker.placements().create(new io.redesk.sdk.model.placement.PlacementCreateRequest(
                "x", DONGFANG, HUATAI, Slips.aviation("bad-umr", "100"))))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.field()).hasValueSatisfying(f -> assertThat(f).contains("umr"));
                    assertThat(e.requestId()).isPresent();
                });
    }

    @Test
    void inviteBelowPolicyNeedsARecordedOverride() {
        Placement p = flow.submitted("100");
        ExchangeClient broker = flow.broker();
        assertThatThrownBy(() -> broker.inquiries().create(p.id(), new InquiryRequest(List.of(CHINA_RE, MINOR_RE),
                null, null, null))).isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.code()).isEqualTo("SECURITY_OVERRIDE_REQUIRED");
                    assertThat(e.field()).contains("reinsurerIds[1]");
                });
        var inquiry = broker.inquiries().create(p.id(), new InquiryRequest(List.of(CHINA_RE, MINOR_RE), null, null,
                List.of(new SecurityOverride(MINOR_RE, "Fronting arrangement approved by the board"))));
        assertThat(inquiry.quotes()).filteredOn(q -> q.reinsurerId().equals(MINOR_RE))
                .extracting(Quote::securityOverrideReason)
                .containsExactly("Fronting arrangement approved by the board");
    }

    @Test
    void linesAmendWithdrawSubjectivitiesAndUnderSubscribedClose() {
        Placement p = flow.submitted("100");
        flow.inquiry(p, List.of(CHINA_RE, PUDONG_RE));
        Quote lead = flow.quote("uw.chinare", p.id(), "8000000.00", "50");
        ExchangeClient broker = flow.broker();
        broker.quotes().accept(lead.id(), broker.quotes().get(lead.id()).version());
        assertThat(broker.quotes().listAll(QuoteStatus.ACCEPTED).map(Quote::id)).contains(lead.id());
        flow.firmOrder(p.id(), lead.id(), "100", List.of(PUDONG_RE));
        ExchangeClient uw = ex.as("uw.chinare");
        Line line = flow.write("uw.chinare", p.id(), "50", false);
        Line amended = uw.lines().amend(line.id(), new LineAmendRequest("45", false, "Excluding war"), line.version());
        assertThat(amended.status()).isEqualTo(LineStatus.AMENDED);
        assertThat(DomainValues.share(amended.writtenShare())).isEqualTo(Share.of("45"));
        Line withSubj = uw.lines().addSubjectivity(line.id(), new SubjectivityRequest("Fleet survey",
                LocalDate.of(2027, 2, 1)), amended.version());
        assertThat(withSubj.subjectivities()).hasSize(1);
        // the placing broker records that a subjectivity is satisfied; the underwriter may not
        assertThatThrownBy(() -> uw.lines().setSubjectivityStatus(line.id(), withSubj.subjectivities().get(0).id(),
                SubjectivityStatus.SATISFIED, withSubj.version())).isInstanceOf(ForbiddenException.class);
        Line satisfied = broker.lines().setSubjectivityStatus(line.id(), withSubj.subjectivities().get(0).id(),
                SubjectivityStatus.SATISFIED, broker.lines().get(line.id()).version());
        assertThat(satisfied.subjectivities().get(0).status()).isEqualTo(SubjectivityStatus.SATISFIED);
        assertThat(uw.lines().get(line.id()).version()).isEqualTo(satisfied.version());
        Line pudong = flow.write("uw.pudong", p.id(), "20", false);
        Line withdrawn = ex.as("uw.pudong").lines().withdraw(pudong.id(), "Capacity used elsewhere",
                pudong.version());
        assertThat(withdrawn.status()).isEqualTo(LineStatus.WITHDRAWN);

        // 45% written: under-subscribed; closing needs the broker's explicit decision
        SigningResult preview = broker.signing().preview(p.id());
        assertThat(preview.outcome()).isEqualTo(SigningOutcome.UNDER_SUBSCRIBED);
        Placement subscribing = broker.placements().get(p.id());
        assertThatThrownBy(() -> broker.signing().close(p.id(), null, subscribing.version()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.code()).isEqualTo("UNDER_SUBSCRIBED"));
        SigningResult closed = broker.signing().close(p.id(), UnderSubscriptionDecision.REDUCE_ORDER,
                subscribing.version());
        assertThat(closed.closed()).isTrue();
        assertThat(closed.lines()).hasSize(1);
        assertThat(DomainValues.share(closed.lines().get(0).signedShare())).isEqualTo(Share.HUNDRED);
    }

    @Test
    void registrationMismatchAndEndorsementOfARegisteredContract() {
        Placement bound = boundPlacement();
        ExchangeClient broker = flow.broker();
        List<RegisteredLine> lines = broker.lines().listAll(bound.id())
                .map(l -> new RegisteredLine(l.reinsurerId(), l.signedShare())).toList();
        ContractRegistrationRequest wrongPremium = new ContractRegistrationRequest(bound.umr(), bound.contractKind(),
                DONGFANG, HUATAI, Slips.PERIOD_START, Slips.PERIOD_END,
                io.redesk.sdk.model.Money.of("1.00", "CNY"), bound.firmOrder().orderShare(), lines);
        assertThatThrownBy(() -> broker.registration().register(bound.id(), wrongPremium, bound.version()))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.code()).isEqualTo("REGISTRATION_MISMATCH");
                    assertThat(e.field()).hasValueSatisfying(f -> assertThat(f).contains("premium"));
                });
        var receipt = broker.registration().register(bound.id(), new ContractRegistrationRequest(bound.umr(),
                bound.contractKind(), DONGFANG, HUATAI, Slips.PERIOD_START, Slips.PERIOD_END,
                bound.firmOrder().premium(), bound.firmOrder().orderShare(), lines), bound.version());
        assertThat(receipt.fieldsDigest()).isNotBlank();
        assertThat(broker.registration().receipt(bound.id())).isEqualTo(receipt);

        Placement registered = broker.placements().get(bound.id());
        Endorsement e = broker.placements().endorse(bound.id(), new EndorsementRequest(LocalDate.of(2027, 6, 1),
                "Two aircraft added", Slips.aviation(bound.umr(), bound.slip().securityDetails().orderShare())),
                registered.version());
        assertThat(e.number()).isEqualTo(1);
        assertThat(e.slipVersion()).isGreaterThan(registered.slipVersion());
        assertThat(broker.placements().allEndorsements(bound.id()).map(Endorsement::id)).containsExactly(e.id());
        assertThat(broker.placements().slipVersion(bound.id(), e.slipVersion()).endorsementId()).isEqualTo(e.id());
    }

    @Test
    void changeFeedResumesFromAStoredCursor() {
        ExchangeClient broker = flow.broker();
        ChangeFeedIterator<Change> it = broker.changes().batchSize(5).from(null);
        List<Change> first = new ArrayList<>();
        it.forEachRemaining(first::add);
        String cursor = it.cursor();
        assertThat(first).isNotEmpty();
        assertThat(it.caughtUp()).isTrue();
        Placement created = flow.draft("100");
        ChangeFeedIterator<Change> resumed = broker.changes().from(cursor);
        List<Change> next = new ArrayList<>();
        resumed.forEachRemaining(next::add);
        assertThat(next).extracting(Change::entityId).contains(created.id());
        assertThat(next).extracting(Change::cursor).doesNotContainAnyElementsOf(
                first.stream().map(Change::cursor).toList());
    }

    @Test
    void everyCallerCanVerifyTheAuditChainThoughOthersEventsAreRedacted() {
        flow.draft("100");
        AuditChainVerifier broker = flow.broker().audit().verifyAll();
        assertThat(broker.verifiedCount()).isGreaterThan(1);
        AuditChainVerifier outsider = ex.as("uw.thames").audit().verifyAll();
        assertThat(outsider.redactedCount()).isGreaterThan(0);
        List<AuditEvent> page = ex.as("uw.thames").audit().page(null, 1000).items();
        assertThat(page).filteredOn(AuditEvent::redacted).allSatisfy(ev -> assertThat(ev.action()).isNull());
    }

    /** A placement taken to BOUND: China Re 60 to stand, Pudong 60 → signed 60/40. */
    private Placement boundPlacement() {
        Placement p = flow.submitted("100");
        flow.inquiry(p, List.of(CHINA_RE, PUDONG_RE, JINQIAO_RE));
        Quote lead = flow.quote("uw.chinare", p.id(), "7000000.00", "60");
        assertThat(flow.decline("uw.jinqiao", p.id(), "Outside appetite").status()).isEqualTo(QuoteStatus.DECLINED);
        ExchangeClient broker = flow.broker();
        broker.quotes().accept(lead.id(), broker.quotes().get(lead.id()).version());
        flow.firmOrder(p.id(), lead.id(), "100", List.of(PUDONG_RE));
        flow.write("uw.chinare", p.id(), "60", true);
        flow.write("uw.pudong", p.id(), "60", false);
        Placement subscribing = broker.placements().get(p.id());
        broker.signing().close(p.id(), null, subscribing.version());
        Placement signed = broker.placements().get(p.id());
        return broker.placements().transition(p.id(), PlacementStatus.BOUND, null, signed.version());
    }
}
