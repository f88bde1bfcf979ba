package io.redesk.app.ui.finance;

import static io.redesk.app.i18n.Localization.key;

import atlantafx.base.theme.Styles;
import io.redesk.app.desk.finance.CashCallView;
import io.redesk.app.desk.finance.ClaimMovements;
import io.redesk.app.desk.finance.ClaimRegistrationFields;
import io.redesk.app.desk.finance.ClaimView;
import io.redesk.app.desk.finance.ReserveMovementView;
import io.redesk.app.i18n.LocaleFormats;
import io.redesk.app.ui.i18n.I18n;
import io.redesk.app.ui.shell.Page;
import io.redesk.app.ui.shell.ShellModel;
import io.redesk.domain.money.Money;
import java.util.UUID;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/**
 * The Claims page (issues 11 and 12): the claims with their advice, reserve movements (up or down, with the
 * resulting outstanding), cash calls (requested, paid in part, the residue) and payment requests, each linked to
 * the technical-account item that carries it (one click opens the account on the Accounts page); and the claim
 * actions the user's organisation may take: the placing broker advises a claim (Ctrl+N), moves the reserve, calls
 * cash and registers the claim (the fields that leave the machine are shown first); a participant pays its share of
 * a call. Every action is a button or a link (the keyboard reaches it with Tab, Enter in a form's last field sends
 * it); a refusal shows under the field it concerns, in the user's language.
 */
public final class ClaimsPage extends FinanceListPage<ClaimView> {

    private final ClaimsViewModel model;
    private final ShellModel shell;

    public ClaimsPage(ClaimsViewModel model, FinanceExporter exporter, ShellModel shell, I18n i18n) {
        super(Page.CLAIMS, "claims", model.columns(), model.rows(), model.selectedProperty(), model.emptyTextProperty(),
                model.searchProperty(), key("finance.claims.searchPrompt"), model::exportTable, exporter, i18n);
        this.model = model;
        this.shell = shell;
        Button advise = FinanceControls.button(i18n, "claims-advise", key("finance.claims.advise"), model::startAdvice);
        toolbar.getChildren().add(0, advise);
        split.setDividerPositions(0.42);
        sceneProperty().addListener((o, a, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN), model::startAdvice);
            }
        });
        model.advisingProperty().addListener((o, a, b) -> showDetail(model.selectedProperty().get()));
        model.movementsProperty().addListener((o, a, b) -> showDetail(model.selectedProperty().get()));
        model.registrationProperty().addListener((o, a, b) -> showDetail(model.selectedProperty().get()));
        showDetail(null);
        model.reload();
    }

    @Override
    void showDetail(ClaimView c) {
        if (model != null && model.advisingProperty().get()) {
            detail.getChildren().clear();
            fillAdvice();
            return;
        }
        super.showDetail(c);
    }

    @Override
    void fill(ClaimView c) {
        LocaleFormats f = i18n.formats();
        Label title = new Label(c.ucr() + (c.contractReference() == null ? "" : " · " + c.contractReference()));
        title.getStyleClass().add(Styles.TITLE_4);
        title.setId("claim-title");
        title.setWrapText(true);
        GridPane g = grid();
        int r = 0;
        row(g, r++, key("finance.claims.lossDate"), c.lossDate() == null ? "" : f.date(c.lossDate()));
        row(g, r++, key("finance.claims.cause"), c.cause());
        row(g, r++, key("finance.claims.description"), c.description());
        amountRow(g, r++, key("finance.claims.reserve"), c.reserve()).setId("claim-reserve");
        amountRow(g, r++, key("finance.claims.paid"), c.paidTotal()).setId("claim-paid");
        String sync = FinanceText.sync(i18n, c.sync());
        if (!sync.isEmpty()) {
            row(g, r, key("finance.claims.sync"), sync).setId("claim-sync");
        }
        Label message = new Label();
        message.setId("claims-message");
        message.setWrapText(true);
        message.getStyleClass().add(Styles.SUCCESS);
        message.textProperty().bind(model.messageProperty());
        add(title, g, message);
        ClaimMovements m = model.movementsProperty().get();
        reserveSection(c, m);
        cashCallSection(c, m);
        paymentSection(c);
        registrationSection(c, m);
    }

    // --- reserve movements

    private void reserveSection(ClaimView c, ClaimMovements m) {
        add(FinanceControls.heading(i18n, key("finance.claims.movements")));
        if (m == null || m.reserveMovements().isEmpty()) {
            add(muted(key("finance.claims.noMovements")));
        } else {
            VBox list = new VBox(6);
            list.setId("claim-movements");
            LocaleFormats f = i18n.formats();
            for (ReserveMovementView v : m.reserveMovements()) {
                Label line = new Label(i18n.text("finance.claims.movementLine", v.sequence(), f.date(v.effectiveDate()),
                        i18n.text(v.up() ? key("finance.claims.up") : key("finance.claims.down")), f.money(v.change()),
                        f.money(v.outstanding())));
                line.setWrapText(true);
                line.getStyleClass().add(v.up() ? Styles.WARNING : Styles.SUCCESS);
                Label why = new Label(FinanceText.withSync(i18n, v.reason(), v.sync()));
                why.setWrapText(true);
                why.getStyleClass().add(Styles.TEXT_MUTED);
                list.getChildren().add(new VBox(1, line, why));
            }
            add(list);
        }
        if (!c.placingBroker()) {
            return;
        }
        GridPane form = grid();
        form.setId("claim-reserve-form");
        int r = 0;
        r = field(form, r, key("finance.claims.newOutstanding"), "claim-reserve-outstanding", key("finance.claims.amountPrompt"),
                model.outstandingProperty(), ClaimsViewModel.RESERVE_OUTSTANDING, null);
        r = field(form, r, key("finance.claims.reason"), "claim-reserve-reason", key("finance.claims.reasonPrompt"), model.reasonProperty(),
                ClaimsViewModel.RESERVE_REASON, null);
        field(form, r, key("finance.claims.effectiveDate"), "claim-reserve-date", key("finance.claims.datePrompt"), model.effectiveDateProperty(),
                ClaimsViewModel.RESERVE_DATE, model::moveReserve);
        add(FinanceControls.heading(i18n, key("finance.claims.moveReserve")), form,
                FinanceControls.button(i18n, "claim-move-reserve", key("finance.claims.moveReserve.do"), model::moveReserve));
    }

    // --- cash calls

    private void cashCallSection(ClaimView c, ClaimMovements m) {
        add(FinanceControls.heading(i18n, key("finance.claims.cashCalls")));
        if (m == null || m.cashCalls().isEmpty()) {
            add(muted(key("finance.claims.noCashCalls")));
        } else {
            for (CashCallView call : m.cashCalls()) {
                add(cashCall(c, call));
            }
        }
        if (!c.placingBroker()) {
            return;
        }
        GridPane form = grid();
        form.setId("claim-cash-form");
        int r = 0;
        r = field(form, r, key("finance.claims.callAmount"), "claim-cash-amount", key("finance.claims.amountPrompt"), model.cashAmountProperty(),
                ClaimsViewModel.CASH_AMOUNT, null);
        r = field(form, r, key("finance.claims.dueDate"), "claim-cash-due", key("finance.claims.datePrompt"), model.cashDueProperty(),
                ClaimsViewModel.CASH_DUE, null);
        field(form, r, key("finance.claims.callReference"), "claim-cash-reference", key("finance.claims.referencePrompt"),
                model.cashReferenceProperty(), ClaimsViewModel.CASH_REFERENCE, model::requestCashCall);
        add(FinanceControls.heading(i18n, key("finance.claims.callCash")), form,
                FinanceControls.button(i18n, "claim-call-cash", key("finance.claims.callCash.do"), model::requestCashCall));
    }

    private Node cashCall(ClaimView c, CashCallView call) {
        VBox box = new VBox(4);
        box.setId("cash-call-" + (call.reference() == null ? call.id() : call.reference()));
        box.getStyleClass().add("rd-cash-call");
        LocaleFormats f = i18n.formats();
        Label head = new Label(FinanceText.withSync(i18n, i18n.text("finance.claims.callLine",
                call.reference() == null ? "—" : call.reference(), f.money(call.amount()), f.date(call.dueDate()),
                i18n.text(status(call.status()))), call.sync()));
        head.setWrapText(true);
        head.getStyleClass().add(Styles.TEXT_BOLD);
        box.getChildren().add(head);
        if (!call.shares().isEmpty()) {
            GridPane g = grid();
            int r = 0;
            amountRow(g, r++, key("finance.claims.callPaid"), call.paid());
            amountRow(g, r++, key("finance.claims.callResidue"), call.residue()).setId("cash-call-residue-" + call.reference());
            for (CashCallView.Share s : call.shares()) {
                String who = i18n.text("finance.claims.shareOf", desk().name(s.participantId(), i18n.getLanguage()),
                        s.signedShare().stripTrailingZeros().toPlainString());
                Label state = new Label(s.paid() ? i18n.text("finance.claims.sharePaidBy", s.bankReference() == null ? "" : s.bankReference())
                        : i18n.text(key("finance.claims.shareUnpaid")));
                Label name = new Label(who);
                name.setWrapText(true);
                g.addRow(r++, name, amount(s.amount()), state);
            }
            box.getChildren().add(g);
        }
        if (call.accounted()) {
            Hyperlink link = new Hyperlink(i18n.text("finance.claims.callAccounted", call.itemIndex() + 1));
            link.setId("cash-call-account-" + call.reference());
            link.setOnAction(e -> shell.open(Page.ACCOUNTS, call.technicalAccountId().toString(), c.contractReference()));
            box.getChildren().add(link);
        } else if (!call.sync().pending()) {
            box.getChildren().add(muted(key("finance.claims.callNotAccounted")));
        }
        if (model.mayPay(call)) {
            GridPane form = grid();
            StringProperty ref = model.payReference(call.id());
            String errorKey = ClaimsViewModel.PAY_REFERENCE + ":" + call.id();
            String id = "cash-call-pay-" + (call.reference() == null ? call.id() : call.reference());
            Runnable pay = () -> model.payCashCall(call);
            field(form, 0, key("finance.claims.bankReference"), id + "-reference", key("finance.claims.bankReferencePrompt"), ref, errorKey, pay);
            box.getChildren().addAll(form, FinanceControls.button(i18n, id, key("finance.claims.payShare"), pay));
        }
        return box;
    }

    // --- payments

    private void paymentSection(ClaimView c) {
        LocaleFormats f = i18n.formats();
        add(FinanceControls.heading(i18n, key("finance.claims.payments")));
        if (c.payments().isEmpty()) {
            add(muted(key("finance.claims.noPayments")));
        }
        int n = 0;
        for (ClaimView.Payment p : c.payments()) {
            UUID account = p.technicalAccountId();
            String when = p.requestedAt() == null ? "" : f.dateTime(p.requestedAt());
            boolean linked = account != null && p.itemIndex() >= 0 && p.accountHeld();
            Hyperlink link = new Hyperlink(i18n.text(linked ? key("finance.claims.paymentLink")
                    : key("finance.claims.paymentNoAccount"), f.money(p.amount()), when, p.itemIndex() + 1));
            link.setId("claim-payment-" + n++);
            link.setWrapText(true);
            link.setDisable(!linked);
            link.setOnAction(e -> shell.open(Page.ACCOUNTS, account.toString(), c.contractReference()));
            add(link);
        }
    }

    // --- registration

    private void registrationSection(ClaimView c, ClaimMovements m) {
        ClaimRegistrationFields reg = model.registrationProperty().get();
        add(FinanceControls.heading(i18n, key("finance.claims.registration")));
        if (reg != null && reg.registered()) {
            Label receipt = new Label(i18n.text("finance.claims.receipt", reg.registrationNumber(),
                    i18n.formats().dateTime(reg.registeredAt())));
            receipt.setId("claim-receipt");
            receipt.setWrapText(true);
            add(receipt);
            return;
        }
        if (m != null && m.registrationSync().pending()) {
            Label queued = new Label(i18n.text("finance.claims.registrationOnItsWay", FinanceText.sync(i18n, m.registrationSync())));
            queued.setId("claim-receipt");
            queued.setWrapText(true);
            add(queued);
            return;
        }
        if (!c.placingBroker() || reg == null) {
            add(muted(key("finance.claims.notRegistered")));
            return;
        }
        add(muted(key("finance.claims.registrationFields")));
        GridPane g = grid();
        g.setId("claim-registration-fields");
        int r = 0;
        row(g, r++, key("finance.claims.umr"), reg.umr() == null ? "—" : reg.umr());
        row(g, r++, key("finance.col.ucr"), reg.ucr());
        row(g, r++, key("finance.claims.lossDate"), i18n.formats().date(reg.lossDate()));
        amountRow(g, r++, key("finance.claims.reserve"), reg.outstanding());
        amountRow(g, r, key("finance.claims.paid"), reg.paid());
        Button register = FinanceControls.button(i18n, "claim-register", key("finance.claims.register"), model::registerClaim);
        register.setDisable(!model.mayRegister());
        add(g, register, error(ClaimsViewModel.REGISTER, "claim-register-error"));
    }

    // --- the advice form

    private void fillAdvice() {
        Label title = new Label();
        title.textProperty().bind(i18n.bind("finance.claims.adviseTitle"));
        title.getStyleClass().add(Styles.TITLE_4);
        GridPane form = grid();
        form.setId("claim-advice-form");
        ComboBox<ClaimsViewModel.Contract> contract = new ComboBox<>(model.contracts());
        contract.setId("claim-advice-contract");
        contract.valueProperty().bindBidirectional(model.adviceContractProperty());
        int r = 0;
        form.add(label(key("finance.claims.contract")), 0, r);
        form.add(contract, 1, r++);
        form.add(error(ClaimsViewModel.ADVICE_CONTRACT, "claim-advice-contract-error"), 1, r++);
        r = field(form, r, key("finance.col.ucr"), "claim-advice-ucr", key("finance.claims.ucrPrompt"), model.adviceUcrProperty(),
                ClaimsViewModel.ADVICE_UCR, null);
        r = field(form, r, key("finance.claims.lossDate"), "claim-advice-loss-date", key("finance.claims.datePrompt"),
                model.adviceLossDateProperty(), ClaimsViewModel.ADVICE_LOSS_DATE, null);
        r = field(form, r, key("finance.claims.cause"), "claim-advice-cause", key("finance.claims.causePrompt"), model.adviceCauseProperty(),
                ClaimsViewModel.ADVICE_CAUSE, null);
        r = field(form, r, key("finance.claims.description"), "claim-advice-description", key("finance.claims.descriptionPrompt"),
                model.adviceDescriptionProperty(), ClaimsViewModel.ADVICE_DESCRIPTION, null);
        r = field(form, r, key("finance.claims.currency"), "claim-advice-currency", key("finance.claims.currencyPrompt"),
                model.adviceCurrencyProperty(), ClaimsViewModel.ADVICE_CURRENCY, null);
        field(form, r, key("finance.claims.reserve"), "claim-advice-reserve", key("finance.claims.amountPrompt"), model.adviceReserveProperty(),
                ClaimsViewModel.ADVICE_RESERVE, model::advise);
        FlowPane buttons = new FlowPane(8, 6, FinanceControls.button(i18n, "claim-advice-send", key("finance.claims.advise.do"), model::advise),
                FinanceControls.button(i18n, "claim-advice-cancel", key("finance.claims.advise.cancel"), model::cancelAdvice));
        Label message = new Label();
        message.setId("claims-message");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        add(title, form, buttons, message);
    }

    private static String status(io.redesk.domain.account.CashCallStatus s) {
        return switch (s) {
            case CALLED -> key("finance.claims.callStatus.CALLED");
            case PARTLY_PAID -> key("finance.claims.callStatus.PARTLY_PAID");
            case PAID -> key("finance.claims.callStatus.PAID");
        };
    }

    // --- controls

    /** A labelled text field with its refusal under it; Enter in it runs {@code onEnter} when given. Returns the next row. */
    private int field(GridPane g, int r, String labelKey, String id, String promptKey, StringProperty value, String errorKey,
                      Runnable onEnter) {
        TextField t = FinanceControls.field(i18n, id, promptKey, value, 11);
        if (onEnter != null) {
            t.setOnAction(e -> onEnter.run());
        }
        Label l = label(labelKey);
        l.setLabelFor(t);
        g.add(l, 0, r);
        g.add(t, 1, r);
        g.add(error(errorKey, id + "-error"), 1, r + 1);
        return r + 2;
    }

    /** The refusal of {@code errorKey}, in the user's language; takes no room while there is none. */
    private Label error(String errorKey, String id) {
        Label e = new Label();
        e.setId(id);
        e.getStyleClass().add(Styles.DANGER);
        e.setWrapText(true);
        e.textProperty().bind(Bindings.valueAt(model.errors(), errorKey));
        e.managedProperty().bind(e.textProperty().isNotEmpty());
        e.visibleProperty().bind(e.textProperty().isNotEmpty());
        return e;
    }

    private Label label(String key) {
        Label l = new Label();
        l.textProperty().bind(i18n.bind(key));
        l.getStyleClass().add(Styles.TEXT_MUTED);
        l.setMinWidth(Label.USE_PREF_SIZE);
        return l;
    }

    private Label muted(String key) {
        Label l = new Label();
        l.textProperty().bind(i18n.bind(key));
        l.getStyleClass().add(Styles.TEXT_MUTED);
        l.setWrapText(true);
        return l;
    }

    private Label amount(Money m) {
        Label l = new Label(m == null ? "" : i18n.formats().money(m));
        l.getStyleClass().add("rd-amount");
        l.setMinWidth(Label.USE_PREF_SIZE);
        l.setAlignment(Pos.CENTER_RIGHT);
        return l;
    }

    private Label amountRow(GridPane g, int r, String labelKey, Money m) {
        Label v = row(g, r, key(labelKey), m == null ? "" : i18n.formats().money(m));
        v.getStyleClass().add("rd-amount");
        v.setMinWidth(Label.USE_PREF_SIZE);
        return v;
    }

    private FinanceContext desk() {
        return model.desk();
    }

    /** Opens claim {@code id}. */
    public void open(UUID id) {
        model.open(id);
    }
}
