package io.redesk.exchange.e2e;

import static io.redesk.exchange.seed.DemoSeed.PUDONG_RE;
import static io.redesk.exchange.seed.DemoSeed.THAMES_RE;

import io.redesk.sdk.ExchangeClient;
import io.redesk.sdk.model.Money;
import io.redesk.sdk.model.account.TaItem;
import io.redesk.sdk.model.account.TaItemType;
import io.redesk.sdk.model.account.TechnicalAccount;
import io.redesk.sdk.model.account.TechnicalAccountCreateRequest;
import io.redesk.sdk.model.placement.Placement;
import io.redesk.sdk.model.quote.Quote;
import java.util.List;
import java.util.UUID;

/** Steps to a signed placement and its accounts through the SDK, for the accounts tests. */
final class AccountsFlow {
    static final String CEDENT_FINANCE = "cedent.finance";
    static final String CHINARE_FINANCE = "chinare.finance";
    static final String PUDONG_FINANCE = "pudong.finance";
    static final String THAMES_FINANCE = "thames.finance";

    private final E2eExchange ex;
    private final Workflow flow;

    AccountsFlow(E2eExchange ex) {
        this.ex = ex;
        this.flow = new Workflow(ex);
    }

    /** The call is refused with an exception of {@code type} carrying {@code code} (and naming {@code field}, when given). */
    static void refused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, Class<? extends io.redesk.sdk.error.ExchangeException> type,
                        String code, String field) {
        org.assertj.core.api.Assertions.assertThatThrownBy(call).isInstanceOfSatisfying(type, e -> {
            org.assertj.core.api.Assertions.assertThat(e.code()).isEqualTo(code);
            if (field != null) {
                org.assertj.core.api.Assertions.assertThat(e.field()).contains(field);
            }
        });
    }

    ExchangeClient broker() {
        return flow.broker();
    }

    /** A placement signed with China Re 40% (lead), Pudong Re 20% and Thames Re 40% of a 100% order; no signing down. */
    Placement signed() {
        return signed(Slips.aviation("100"));
    }

    /** {@link #signed()} on the given slip (a 100% order). */
    Placement signed(io.redesk.sdk.model.placement.Slip slip) {
        Placement submitted = flow.submitted(slip);
        UUID id = submitted.id();
        flow.inquiry(submitted, List.of(io.redesk.exchange.seed.DemoSeed.CHINA_RE));
        Quote lead = flow.quote("uw.chinare", id, "12500000.00", "40");
        broker().quotes().accept(lead.id(), broker().quotes().get(lead.id()).version());
        flow.firmOrder(id, lead.id(), "100", List.of(PUDONG_RE, THAMES_RE));
        flow.write("uw.chinare", id, "40", false);
        flow.write("uw.pudong", id, "20", false);
        flow.write("uw.thames", id, "40", false);
        broker().signing().close(id, null, broker().placements().get(id).version());
        return broker().placements().get(id);
    }

    /** DESIGN.md §2 figure 2's items (balance 225,000 due to reinsurers; 600,000 outstanding loss reserve as memo). */
    static List<TaItem> designItems(String currency) {
        return List.of(item(TaItemType.PREMIUM, "1000000.00", currency, null),
                item(TaItemType.CEDING_COMMISSION, "300000.00", currency, null),
                item(TaItemType.BROKERAGE, "25000.00", currency, null),
                item(TaItemType.TAXES, "0.00", currency, null),
                item(TaItemType.CLAIMS_PAID, "400000.00", currency, "UCR-FIG2-0001"),
                item(TaItemType.PREMIUM_RESERVE_RETAINED, "400000.00", currency, null),
                item(TaItemType.PREMIUM_RESERVE_RELEASED, "350000.00", currency, null),
                item(TaItemType.OUTSTANDING_LOSS_RESERVE, "600000.00", currency, "UCR-FIG2-0001"));
    }

    static TaItem item(TaItemType type, String amount, String currency, String reference) {
        return new TaItem(type, new Money(amount, currency), reference, null, null);
    }

    /** The figure-2 account on the placement, as a DRAFT prepared by the broker. */
    TechnicalAccount designDraft(UUID placementId, String currency, Money stated) {
        return broker().accounts().create(new TechnicalAccountCreateRequest(placementId, null, "2027Q1", currency,
                designItems(currency), stated));
    }

    /** The figure-2 account, issued. */
    TechnicalAccount designIssued(UUID placementId, String currency) {
        TechnicalAccount d = designDraft(placementId, currency, null);
        return broker().accounts().issue(d.id(), d.version());
    }

    /** Every participant's FINANCE agrees. */
    TechnicalAccount agreedByAll(TechnicalAccount issued) {
        ex.as(CHINARE_FINANCE).accounts().agree(issued.id(), issued.version());
        long v = broker().accounts().get(issued.id()).version();
        ex.as(PUDONG_FINANCE).accounts().agree(issued.id(), v);
        v = broker().accounts().get(issued.id()).version();
        ex.as(THAMES_FINANCE).accounts().agree(issued.id(), v);
        return broker().accounts().get(issued.id());
    }
}
