package io.redesk.app.ui.finance;

import static io.redesk.app.i18n.Localization.key;

import io.redesk.sdk.model.account.AccountKind;
import io.redesk.sdk.model.account.AccountStatus;
import io.redesk.sdk.model.account.BalanceDirection;
import io.redesk.sdk.model.account.InvoiceStatus;
import io.redesk.sdk.model.account.ParticipantResponse;
import io.redesk.sdk.model.account.SettlementStatus;
import io.redesk.sdk.model.account.TaItemType;
import io.redesk.sdk.model.account.VatTreatment;

/**
 * The message key of every finance code the pages, exports and PDFs show, so a screen never shows a
 * raw enum code (issue 16 item 14). Each switch is exhaustive: a new code fails the build here.
 */
public final class FinanceLabels {

    private FinanceLabels() {
    }

    public static String status(AccountStatus s) {
        return switch (s) {
            case DRAFT -> key("finance.status.DRAFT");
            case ISSUED -> key("finance.status.ISSUED");
            case AGREED -> key("finance.status.AGREED");
            case QUERIED -> key("finance.status.QUERIED");
            case SETTLED -> key("finance.status.SETTLED");
            case SUPERSEDED -> key("finance.status.SUPERSEDED");
        };
    }

    public static String kind(AccountKind k) {
        return switch (k) {
            case ORIGINAL -> key("finance.kind.ORIGINAL");
            case REVERSAL -> key("finance.kind.REVERSAL");
            case CORRECTION -> key("finance.kind.CORRECTION");
        };
    }

    public static String response(ParticipantResponse r) {
        return switch (r) {
            case PENDING -> key("finance.response.PENDING");
            case AGREED -> key("finance.response.AGREED");
            case QUERIED -> key("finance.response.QUERIED");
        };
    }

    public static String direction(BalanceDirection d) {
        return switch (d) {
            case DUE_TO_REINSURERS -> key("finance.direction.DUE_TO_REINSURERS");
            case DUE_TO_CEDENT -> key("finance.direction.DUE_TO_CEDENT");
            case NIL -> key("finance.direction.NIL");
        };
    }

    public static String item(TaItemType t) {
        return switch (t) {
            case PREMIUM -> key("finance.item.PREMIUM");
            case CEDING_COMMISSION -> key("finance.item.CEDING_COMMISSION");
            case BROKERAGE -> key("finance.item.BROKERAGE");
            case TAXES -> key("finance.item.TAXES");
            case CLAIMS_PAID -> key("finance.item.CLAIMS_PAID");
            case PREMIUM_RESERVE_RETAINED -> key("finance.item.PREMIUM_RESERVE_RETAINED");
            case PREMIUM_RESERVE_RELEASED -> key("finance.item.PREMIUM_RESERVE_RELEASED");
            case LOSS_RESERVE_RETAINED -> key("finance.item.LOSS_RESERVE_RETAINED");
            case LOSS_RESERVE_RELEASED -> key("finance.item.LOSS_RESERVE_RELEASED");
            case INTEREST_ON_RESERVES -> key("finance.item.INTEREST_ON_RESERVES");
            case REINSTATEMENT_PREMIUM -> key("finance.item.REINSTATEMENT_PREMIUM");
            case PROFIT_COMMISSION -> key("finance.item.PROFIT_COMMISSION");
            case CASH_LOSS -> key("finance.item.CASH_LOSS");
            case OUTSTANDING_LOSS_RESERVE -> key("finance.item.OUTSTANDING_LOSS_RESERVE");
            case IBNR -> key("finance.item.IBNR");
        };
    }

    public static String settlement(SettlementStatus s) {
        return switch (s) {
            case INSTRUCTED -> key("finance.settlement.INSTRUCTED");
            case PARTLY_PAID -> key("finance.settlement.PARTLY_PAID");
            case PAID -> key("finance.settlement.PAID");
            case CONFIRMED -> key("finance.settlement.CONFIRMED");
        };
    }

    public static String invoice(InvoiceStatus s) {
        return switch (s) {
            case REQUESTED -> key("finance.invoice.REQUESTED");
            case ISSUED -> key("finance.invoice.ISSUED");
            case DELIVERED -> key("finance.invoice.DELIVERED");
            case CONFIRMED -> key("finance.invoice.CONFIRMED");
            case EXEMPT -> key("finance.invoice.EXEMPT");
            case VOIDED -> key("finance.invoice.VOIDED");
        };
    }

    public static String vat(VatTreatment t) {
        return switch (t) {
            case EXEMPT -> key("finance.vat.EXEMPT");
            case WITHHELD -> key("finance.vat.WITHHELD");
            case CHARGED -> key("finance.vat.CHARGED");
            case OUT_OF_SCOPE -> key("finance.vat.OUT_OF_SCOPE");
        };
    }
}
