package io.redesk.app.ui;

import io.redesk.app.desk.Agenda;
import io.redesk.app.desk.SlipCatalog;
import io.redesk.app.desk.DeskServices;
import io.redesk.app.task.BackgroundTask;
import io.redesk.app.notify.ChangeWatcher;
import io.redesk.app.notify.Notice;
import io.redesk.app.session.Session;
import io.redesk.app.sync.engine.SyncEngine;
import io.redesk.app.ui.conflicts.SyncIssuesBadge;
import io.redesk.app.ui.conflicts.SyncIssuesView;
import io.redesk.app.ui.conflicts.SyncIssuesViewModel;
import io.redesk.app.ui.help.KeyboardHelp;
import io.redesk.app.ui.inquiry.InquiryPage;
import io.redesk.app.ui.lines.LinesPage;
import io.redesk.app.ui.registration.RegistrationPage;
import io.redesk.app.ui.slips.SlipsPage;

import io.redesk.app.ui.home.HomeView;
import io.redesk.app.ui.home.HomeViewModel;
import io.redesk.app.ui.inbox.InboxView;
import io.redesk.app.ui.inbox.InboxViewModel;
import io.redesk.app.ui.notify.ToastPane;
import io.redesk.app.ui.settings.ExchangeConnectionView;
import io.redesk.app.ui.settings.ExchangeConnectionViewModel;
import io.redesk.app.ui.settings.SettingsView;
import io.redesk.app.ui.settings.SettingsViewModel;
import io.redesk.app.ui.shell.MainLayout;
import io.redesk.app.ui.shell.Page;
import io.redesk.app.ui.shell.PlaceholderView;
import io.redesk.app.ui.shell.Sidebar;
import io.redesk.app.session.ExchangeLink;
import io.redesk.app.ui.signin.SessionBadge;
import io.redesk.app.ui.signin.SignInAgainView;
import io.redesk.app.ui.signin.SignInAgainViewModel;
import io.redesk.app.ui.status.SyncNowControl;
import io.redesk.app.ui.status.SyncNowViewModel;
import io.redesk.app.ui.signin.SignInView;
import io.redesk.app.ui.signin.SignInViewModel;
import io.redesk.app.ui.status.StatusBarView;
import io.redesk.app.ui.status.StatusBarViewModel;
import io.redesk.app.ui.underwriting.UnderwritingViewModel;
import io.redesk.app.underwriting.UnderwriterDesk;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * Builds the main window from an {@link AppContext}: first the unlock / sign-in screen, then, for the
 * signed-in {@link Session}, the shell layout with one view per page (real views for built pages,
 * placeholders for pages whose feature has not landed). Signing out returns to the sign-in screen and
 * drops every page view, so nothing of one user's book stays on screen for the next.
 *
 * <p>Over the content sit the in-window notifications and the keyboard help (F1 or Ctrl+/); the
 * window-wide shortcuts (Alt+1…9 and Alt+0 for pages, Ctrl+Shift+Q to sign out) are installed here.
 *
 * <p>Size (~490 lines): the shell's page registration, including the finance pages another helper extends this session; the desk services come from one composition root ({@code DeskServices.forSession}). Moving the finance registration out is left for after that merge.
 */
public final class MainWindow implements AutoCloseable {

    /** How often the change watcher asks the exchange for news. */
    static final Duration WATCH_PERIOD = Duration.ofSeconds(3);
    private static final KeyCombination SIGN_OUT =
            new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);

    private final AppContext context;
    private final StatusBarViewModel statusBar;
    private final StackPane content = new StackPane();
    private final ToastPane toasts;
    private final KeyboardHelp help;
    private final Scene scene;
    private SignInViewModel signIn;
    private InboxViewModel inbox;
    /** The signed-in user's pages (null while nobody is signed in). */
    private io.redesk.app.ui.shell.PageAccess access;

    /** Builds the window's scene; call on the FX thread. */
    public MainWindow(AppContext context) {
        this.context = Objects.requireNonNull(context, "context");
        this.statusBar = new StatusBarViewModel(context.status(), context.i18n(), Platform::runLater);
        toasts = new ToastPane(context.i18n());
        help = new KeyboardHelp(context.i18n());
        StackPane root = new StackPane(content, toasts, help);
        StackPane.setAlignment(toasts, Pos.BOTTOM_RIGHT);
        scene = new Scene(root, 1200, 760);
        context.themes().style(scene);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::shortcut);
        showSignIn();
        context.launchOptions().demoUser().ifPresent(user -> signIn.signInDemo(user, this::showDesk));
    }

    private void shortcut(KeyEvent e) {
        if (KeyboardHelp.F1.match(e) || KeyboardHelp.CTRL_SLASH.match(e)) {
            help.toggle();
            e.consume();
            return;
        }
        if (context.sessions().current().isEmpty() || help.isVisible()) {
            return;
        }
        if (SIGN_OUT.match(e)) {
            signOut();
            e.consume();
            return;
        }
        if (KeyboardHelp.SYNC_ISSUES.match(e)) {
            context.shell().navigate(Page.SYNC_ISSUES);
            e.consume();
            return;
        }
        // Alt, not Ctrl: the slip editor uses Ctrl+1/2/3 for its tabs
        if (e.isAltDown() && !e.isShortcutDown() && !e.isShiftDown() && e.getCode().isDigitKey()) {
            int digit = e.getCode().getCode() - KeyCode.DIGIT0.getCode();
            if (digit < 0 || digit > 9) {
                digit = e.getCode().getCode() - KeyCode.NUMPAD0.getCode();
            }
            // the pages of the signed-in user's sidebar, in its order (Alt+0: the last, settings)
            java.util.List<Page> pages = access == null ? java.util.List.of(Page.values()) : access.inOrder();
            int index = digit == 0 ? pages.size() - 1 : digit - 1;
            if (index >= 0 && index < pages.size()) {
                context.shell().navigate(pages.get(index));
                e.consume();
            }
        }
    }

    /** What the signed-in desk hangs on app-wide objects (the shell), undone at sign-out. */
    private final java.util.List<Runnable> untilSignOut = new java.util.ArrayList<>();

    private void showSignIn() {
        inbox = null;
        signIn = new SignInViewModel(context.signIn(), context.sessions(), context.executor(), context.i18n());
        // the language can be chosen before signing in (a newcomer meets this screen first); the
        // choice is saved like the one in settings
        javafx.scene.layout.HBox language = SettingsView.languageToggles(new SettingsViewModel(context.i18n(),
                context.themes().themeProperty(), context.preferences(), context.executor(),
                context.preferenceProblems()));
        language.setId("signin-language");
        language.setMaxSize(javafx.scene.layout.Region.USE_PREF_SIZE, javafx.scene.layout.Region.USE_PREF_SIZE);
        StackPane.setAlignment(language, Pos.TOP_RIGHT);
        StackPane.setMargin(language, new javafx.geometry.Insets(16));
        // the exchange can be chosen here, before anyone signs in (there is no session to reach settings)
        SignInViewModel model = signIn;
        ExchangeConnectionView connection = new ExchangeConnectionView(new ExchangeConnectionViewModel(
                context.exchangeSettings(), context.signIn(), context.executor(), context.i18n(),
                context.exchangeSettingsProblem()).onSaved(model::exchangeChanged), context.i18n());
        content.getChildren().setAll(new SignInView(signIn, context.i18n(), this::showDesk, connection), language);
    }

    private void showDesk(Session session) {
        // issue 16 item 12: only the user's pages open, from the sidebar, a link, a shortcut or --page
        access = pageAccess(session);
        finance = access.finance() ? financeDesk(session) : Optional.empty();
        // the session's composition root: every desk service built once; the desk pages follow this property
        DeskServices desk = DeskServices.forSession(session.vault(), session.client(), session.organisation().id(),
                session.user().username(), session.isBroker(), session.isUnderwriter(), session.service(SyncEngine.class));
        // fetched now, while the exchange is reachable (else read from the vault): a slip drafted offline
        // later still finds its cedent
        desk.broker().ifPresent(b -> context.executor().execute(BackgroundTask.of("cedents", ctx -> b.cedents())));
        context.deskProperty().set(desk);
        context.shell().restrictTo(access::allows);
        help.listFor(audiences(access));
        // the --page of the command line (checked by the launcher), else home; a page not for this user
        // opens home and says why
        context.shell().navigate(context.launchOptions().page().map(Page::fromId).orElse(Page.HOME));
        HBox bottom = new HBox(new StatusBarView(statusBar));
        Optional<ExchangeLink> link = session.service(ExchangeLink.class);
        Optional<SyncNowViewModel> syncNow = session.service(SyncEngine.class).map(engine ->
                new SyncNowViewModel(engine, link, session.exchangeName(), context.i18n(), Platform::runLater));
        session.service(SyncEngine.class).ifPresent(engine -> bottom.getChildren().addAll(
                new SyncNowControl(syncNow.orElseThrow(), context.i18n()),
                new SyncIssuesBadge(engine, context.i18n(), () -> context.shell().navigate(Page.SYNC_ISSUES))));
        bottom.getChildren().add(new SessionBadge(session, context.i18n(), this::signOut));
        bottom.setAlignment(Pos.CENTER_LEFT);
        // "Sign out" / "退出登录" kept clear of the window's right edge
        bottom.setPadding(new javafx.geometry.Insets(0, 12, 0, 0));
        HBox.setHgrow(bottom.getChildren().get(0), Priority.ALWAYS);
        // the non-modal "sign in again" bar: the desk stays usable while the exchange wants the password
        javafx.scene.layout.VBox footer = new javafx.scene.layout.VBox(bottom);
        syncNow.ifPresent(m -> footer.getChildren().add(0, SyncNowControl.messageLine(m)));
        link.ifPresent(l -> {
            SignInAgainViewModel again = session.attach(new SignInAgainViewModel(l, session.exchangeName(),
                    context.executor(), context.i18n(), Platform::runLater));
            footer.getChildren().add(0, new SignInAgainView(again, context.i18n()));
        });
        MainLayout layout = new MainLayout(context.shell(), new Sidebar(context.shell(), context.i18n(), access::allows),
                footer, page -> viewFor(page, session), context.i18n(), access.deskKey());
        content.getChildren().setAll(layout);
        session.attach(new ChangeWatcher(session.client(), session.organisation().id(),
                notice -> Platform.runLater(() -> onNotice(notice)), context.status(), session.exchangeName()))
                .start(WATCH_PERIOD);
    }

    private void onNotice(Notice notice) {
        toasts.show(notice);
        if (inbox != null) {
            inbox.refresh();
        }
    }

    private static io.redesk.app.ui.shell.PageAccess pageAccess(Session session) {
        return new io.redesk.app.ui.shell.PageAccess(session.isBroker(), session.isUnderwriter(),
                session.hasRole(io.redesk.sdk.model.party.Role.FINANCE),
                session.organisation().type() == io.redesk.sdk.model.party.OrgType.BROKER);
    }

    private static java.util.Set<KeyboardHelp.Audience> audiences(io.redesk.app.ui.shell.PageAccess access) {
        java.util.Set<KeyboardHelp.Audience> set = java.util.EnumSet.of(KeyboardHelp.Audience.EVERYONE);
        if (access.placing()) {
            set.add(KeyboardHelp.Audience.PLACING);
        }
        if (access.underwriting()) {
            set.add(KeyboardHelp.Audience.UNDERWRITING);
        }
        if (access.finance()) {
            set.add(KeyboardHelp.Audience.FINANCE);
        }
        return set;
    }

    private void signOut() {
        access = null;
        finance = Optional.empty();
        context.shell().restrictTo(page -> true);
        help.listFor(java.util.EnumSet.allOf(KeyboardHelp.Audience.class));
        untilSignOut.forEach(Runnable::run);
        untilSignOut.clear();
        context.deskProperty().set(null);
        context.sessions().signOut();
        showSignIn();
    }

    private Node viewFor(Page page, Session session) {
        return switch (page) {
            case HOME -> homeView(session);
            case INBOX -> inboxView(session);
            case SYNC_ISSUES -> new SyncIssuesView(new SyncIssuesViewModel(session.service(SyncEngine.class),
                    context.executor(), context.i18n()), context.i18n());
            case SETTINGS -> new SettingsView(new SettingsViewModel(context.i18n(), context.themes().themeProperty(),
                    context.preferences(), context.executor(), context.preferenceProblems()),
                    context.i18n(), context.dirs(),
                    new ExchangeConnectionView(new ExchangeConnectionViewModel(context.exchangeSettings(),
                            context.signIn(), context.executor(), context.i18n(), context.exchangeSettingsProblem()),
                            context.i18n()));
            case SLIPS -> opened(page, new SlipsPage(context.deskProperty(), context.i18n(), context.executor(),
                    context.launchOptions().placement()).countLocalDraftsIn(context.status()), (p, o) -> p.open(o.placementId()));
            case INQUIRIES -> opened(page, new InquiryPage(context.deskProperty(), context.i18n(), context.executor(),
                    context.launchOptions().placement()), (p, o) -> p.open(o.umr()));
            case LINES -> opened(page, new LinesPage(context.deskProperty(), context.i18n(), context.executor(),
                    context.launchOptions().placement()), (p, o) -> p.open(o.umr()));
            case REGISTRATION -> opened(page, new RegistrationPage(context.deskProperty(), context.i18n(),
                    context.executor(), context.launchOptions().placement()), (p, o) -> p.open(o.umr()));
            case ACCOUNTS, CLAIMS, STATEMENTS, INVOICES -> financeView(page);
            case REPORTS -> finance.isPresent() ? financeView(page) : new PlaceholderView(page, context.i18n());
            default -> new PlaceholderView(page, context.i18n());
        };
    }

    /** The finance desk of the session (issue 12): the book and actions the session offers, names, exports. */
    private Optional<io.redesk.app.ui.finance.FinanceContext> finance = Optional.empty();

    private Optional<io.redesk.app.ui.finance.FinanceContext> financeDesk(Session session) {
        // fsync's finance services on this session's vault and sync engine, built once, closed with the session
        Optional<io.redesk.app.desk.finance.FinanceDesk> services = session.service(io.redesk.app.desk.finance.FinanceDesk.class)
                .or(() -> session.service(SyncEngine.class).map(engine -> session.attach(
                        io.redesk.app.desk.finance.FinanceDesk.open(session.vault(), session.organisation().id(), engine))));
        if (services.isEmpty()) {
            return Optional.empty();
        }
        io.redesk.sdk.ExchangeClient client = session.client();
        return Optional.of(new io.redesk.app.ui.finance.FinanceContext(services.get().book(), services.get().actions(),
                io.redesk.app.ui.finance.FinanceContext.names(() -> client.organisations().listAll(null).toList()),
                io.redesk.app.export.Exports.inUserFolder(), session.organisation().name()));
    }

    /** A finance page on the session's finance desk, following the book's changes and Home's openings. */
    private Node financeView(Page page) {
        if (finance.isEmpty()) {
            // said plainly, never an empty book that looks like no accounts
            return PlaceholderView.notice(page, context.i18n(), io.redesk.app.i18n.Localization.key("finance.unavailable.title"),
                    io.redesk.app.i18n.Localization.key("finance.unavailable.body"), "finance-unavailable");
        }
        io.redesk.app.ui.finance.FinanceContext desk = finance.get();
        io.redesk.app.ui.finance.FinanceExporter exporter = new io.redesk.app.ui.finance.FinanceExporter(desk.exports(),
                context.executor(), context.i18n());
        Runnable reload;
        Node view;
        switch (page) {
            case ACCOUNTS -> {
                var m = new io.redesk.app.ui.finance.AccountsViewModel(desk, context.executor(), context.i18n());
                var accounts = new io.redesk.app.ui.finance.AccountsPage(m, exporter, context.shell(), context.i18n());
                context.launchOptions().placement().ifPresent(accounts::openContract);
                view = opened(page, accounts, (p, o) -> p.open(java.util.UUID.fromString(o.placementId())));
                reload = m::reload;
            }
            case CLAIMS -> {
                var m = new io.redesk.app.ui.finance.ClaimsViewModel(desk, context.executor(), context.i18n());
                view = opened(page, new io.redesk.app.ui.finance.ClaimsPage(m, exporter, context.shell(), context.i18n()),
                        (p, o) -> p.open(java.util.UUID.fromString(o.placementId())));
                reload = m::reload;
            }
            case STATEMENTS -> {
                var m = new io.redesk.app.ui.finance.StatementsViewModel(desk, context.executor(), context.i18n());
                view = new io.redesk.app.ui.finance.StatementsPage(m, exporter, context.shell(), context.i18n());
                reload = m::reload;
            }
            case REPORTS -> {
                var m = new io.redesk.app.ui.finance.StatementsViewModel(desk, context.executor(), context.i18n());
                view = new io.redesk.app.ui.finance.FinanceReportsPage(m, context.i18n());
                reload = m::reload;
            }
            default -> {
                var m = new io.redesk.app.ui.finance.InvoicesViewModel(desk, context.executor(), context.i18n());
                view = opened(page, new io.redesk.app.ui.finance.InvoicesPage(m, exporter, context.i18n()),
                        (p, o) -> p.open(java.util.UUID.fromString(o.placementId())));
                reload = m::reload;
            }
        }
        // a sync may end after the session did (window closed): then nothing is read any more
        AutoCloseable sub = desk.book().onChange(() -> Platform.runLater(() -> {
            if (context.sessions().current().isPresent()) {
                reload.run();
            }
        }));
        // read again on every visit too (what a sync brought while the user looked elsewhere)
        javafx.beans.value.ChangeListener<Page> visit = (o, a, b) -> {
            if (b == page) {
                reload.run();
            }
        };
        context.shell().currentPageProperty().addListener(visit);
        untilSignOut.add(() -> {
            context.shell().currentPageProperty().removeListener(visit);
            try {
                sub.close();
            } catch (Exception e) {
                // the book closes with the session anyway
            }
        });
        return view;
    }

    /**
     * Makes {@code view} follow the shell's requests to open a placement on {@code page} (home's to-do
     * items), starting with the one that brought the user here, if any.
     */
    private <V extends Node> V opened(Page page, V view,
            java.util.function.BiConsumer<V, io.redesk.app.ui.shell.ShellModel.Opening> open) {
        io.redesk.app.ui.shell.ShellModel.Opening now = context.shell().openingProperty().get();
        if (now != null && now.page() == page) {
            open.accept(view, now);
        }
        javafx.beans.value.ChangeListener<io.redesk.app.ui.shell.ShellModel.Opening> follow = (o, a, b) -> {
            if (b != null && b.page() == page) {
                open.accept(view, b);
            }
        };
        context.shell().openingProperty().addListener(follow);
        untilSignOut.add(() -> context.shell().openingProperty().removeListener(follow));
        if (view instanceof io.redesk.app.ui.shell.DeskPage resettable) {
            untilSignOut.add(resettable::reset);
        }
        return view;
    }

    /**
     * Home with the user's agenda: a broker's from the placements in the vault (works offline), an
     * underwriter's from the inbox. Read again on every visit and after every sync cycle.
     */
    private Node homeView(Session session) {
        io.redesk.app.task.BackgroundTask.Work<java.util.List<Agenda.Item>> agenda;
        if (session.isBroker()) {
            SlipCatalog catalog = context.deskProperty().get().catalog();
            java.util.List<io.redesk.domain.placement.PlacementStatus> open = java.util.Arrays.stream(
                            io.redesk.domain.placement.PlacementStatus.values())
                    .filter(st -> Agenda.brokerStep(st).isPresent()).toList();
            agenda = ctx -> Agenda.forBroker(catalog.withStatus(open));
        } else if (session.isUnderwriter()) {
            UnderwriterDesk desk = context.deskProperty().get().underwriter().orElseThrow();
            agenda = ctx -> Agenda.forUnderwriter(desk.load().entries());
        } else {
            agenda = ctx -> java.util.List.of();
        }
        HomeViewModel model;
        if (!session.isBroker() && !session.isUnderwriter() && finance.isPresent()) {
            // Finance Home (issue 12): the finance book's to-do list, each item opening its page
            io.redesk.app.ui.finance.FinanceContext desk = finance.get();
            model = HomeViewModel.of(context.shell(), context.i18n(), statusBar.statusProperty(), context.executor(),
                    new HomeViewModel.Source<>(ctx -> desk.book().todo(), todo ->
                            io.redesk.app.ui.finance.FinanceAgenda.items(todo, desk, context.shell(), context.i18n())));
            AutoCloseable sub = desk.book().onChange(() -> Platform.runLater(() -> {
                if (context.sessions().current().isPresent()) {
                    model.reload();
                }
            }));
            untilSignOut.add(() -> {
                try {
                    sub.close();
                } catch (Exception e) {
                    // the book closes with the session anyway
                }
            });
        } else {
            model = new HomeViewModel(context.shell(), context.i18n(), statusBar.statusProperty(),
                    context.executor(), agenda);
        }
        javafx.beans.value.ChangeListener<Page> visit = (o, a, b) -> {
            if (b == Page.HOME) {
                model.reload();
            }
        };
        context.shell().currentPageProperty().addListener(visit);
        untilSignOut.add(() -> context.shell().currentPageProperty().removeListener(visit));
        session.service(SyncEngine.class).ifPresent(engine -> {
            // once per cycle, when it ends (the engine publishes several states per cycle)
            java.util.concurrent.atomic.AtomicReference<io.redesk.app.sync.engine.SyncState.Phase> last =
                    new java.util.concurrent.atomic.AtomicReference<>();
            AutoCloseable sub = engine.subscribe(state -> {
                var was = last.getAndSet(state.phase());
                if (state.phase() == io.redesk.app.sync.engine.SyncState.Phase.IDLE && was != null
                        && was != io.redesk.app.sync.engine.SyncState.Phase.IDLE) {
                    Platform.runLater(() -> {
                        if (context.shell().getCurrentPage() == Page.HOME) {
                            model.reload();
                        }
                    });
                }
            });
            untilSignOut.add(() -> {
                try {
                    sub.close();
                } catch (Exception e) {
                    // the engine closes with the session anyway
                }
            });
        });
        return new HomeView(model, context.i18n());
    }

    private Node inboxView(Session session) {
        Optional<UnderwriterDesk> desk = context.deskProperty().get().underwriter();
        inbox = new InboxViewModel(desk, context.executor(), context.i18n());
        UnderwritingViewModel deskModel = desk.map(d -> new UnderwritingViewModel(d, context.executor(), context.i18n(),
                inbox::refresh)).orElse(null);
        if (deskModel != null) {
            untilSignOut.add(deskModel::close); // it follows the session's sync engine
        }
        return opened(Page.INBOX, new InboxView(inbox, deskModel, context.i18n()),
                (v, o) -> inbox.open(java.util.UUID.fromString(o.placementId())));
    }

    /** The window's scene. */
    public Scene scene() {
        return scene;
    }

    /** Puts the window on {@code stage}, with a localised title, and shows it. */
    public void show(Stage stage) {
        stage.titleProperty().bind(context.i18n().bind("app.title"));
        stage.setScene(scene);
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        // on a small screen (a 1280x800 laptop) the default size would leave a frame of unused screen:
        // take the whole work area instead
        javafx.geometry.Rectangle2D area = javafx.stage.Screen.getPrimary().getVisualBounds();
        if (area.getWidth() <= 1366 && area.getWidth() >= 900 && area.getHeight() >= 600) {
            stage.setX(area.getMinX());
            stage.setY(area.getMinY());
            stage.setWidth(area.getWidth());
            stage.setHeight(area.getHeight());
        }
        stage.show();
    }

    @Override
    public void close() {
        statusBar.close();
    }
}
