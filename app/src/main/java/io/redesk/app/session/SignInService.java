package io.redesk.app.session;

import io.redesk.app.sync.engine.SyncConfig;
import io.redesk.app.sync.engine.SyncEngine;
import io.redesk.sdk.ExchangeClient;
import io.redesk.sdk.error.AuthenticationException;
import io.redesk.sdk.error.ExchangeException;
import io.redesk.sdk.error.NetworkException;
import io.redesk.sdk.model.party.Me;
import io.redesk.store.UnlockThrottledException;
import io.redesk.store.VaultException;
import io.redesk.store.VaultExistsException;
import io.redesk.store.WrongPassphraseException;
import io.redesk.store.vault.Vault;
import io.redesk.store.vault.VaultLocation;
import io.redesk.store.vault.VaultOptions;
import io.redesk.store.vault.Vaults;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens sessions: lists local profiles, starts the built-in demo exchange when no exchange is
 * configured (stopped again when a configured exchange is chosen), and signs a user in: a new profile
 * at the exchange first (so a new vault is only created for a user the exchange knows), an existing
 * one from its vault alone, signing in to the exchange in the background ({@link ExchangeLink}).
 * Blocking: call it from the task executor, never the UI thread. UI-free.
 *
 * <p>Size (~560 lines): the sign-in sequence (exchange login, vault create or unlock, offline unlock, background sign-in, the built-in demo) whose steps close what was opened on any failure (ADR 0700, 0800); kept together so that cleanup order stays in one place.
 */
public final class SignInService implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SignInService.class);

    private final Path appData;
    private final VaultOptions vaultOptions;
    private volatile ExchangeSettings settings;
    private DemoExchange demo;
    private volatile java.util.concurrent.CompletableFuture<DemoExchange> demoStarting;
    private final java.util.concurrent.atomic.AtomicInteger demoSessions = new java.util.concurrent.atomic.AtomicInteger();
    private volatile boolean runSync = true;
    private volatile Duration linkRetry = Duration.ofSeconds(3);

    /**
     * A service keeping vaults (and the demo exchange's data) under {@code appData}.
     *
     * @param vaultOptions options for opening and creating vaults (tests use light KDF parameters)
     */
    public SignInService(Path appData, ExchangeSettings settings, VaultOptions vaultOptions) {
        this.appData = Objects.requireNonNull(appData, "appData");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.vaultOptions = Objects.requireNonNull(vaultOptions, "vaultOptions");
    }

    /** Whether sessions run the sync engine (on by default; some tests drive the exchange alone). */
    public void runSync(boolean on) {
        this.runSync = on;
    }

    /** How often a session opened offline tries to sign in to the exchange (tests shorten it). */
    public void linkRetry(Duration every) {
        this.linkRetry = Objects.requireNonNull(every, "every");
    }

    /** The exchange the next sign-in uses. */
    public ExchangeSettings settings() {
        return settings;
    }

    /**
     * Uses {@code newSettings} from the next sign-in on (the current session is not touched). Moving to
     * a configured exchange stops the built-in demo at once, or when the last session on it ends.
     */
    public void useSettings(ExchangeSettings newSettings) {
        this.settings = Objects.requireNonNull(newSettings, "settings");
        stopDemoIfUnused();
    }

    /** Whether the built-in demo exchange is running in this process. */
    public synchronized boolean demoRunning() {
        return demo != null;
    }

    private void demoSessionEnded() {
        demoSessions.decrementAndGet();
        stopDemoIfUnused();
    }

    private synchronized void stopDemoIfUnused() {
        if (demoStarting != null && !settings.isBuiltInDemo() && demoSessions.get() == 0) {
            // not waited for: the exchange stops as soon as its start is over
            java.util.concurrent.CompletableFuture<DemoExchange> starting = demoStarting;
            demoStarting = null;
            starting.thenAccept(DemoExchange::close);
        }
        if (demo != null && !settings.isBuiltInDemo() && demoSessions.get() == 0) {
            LOG.info("the built-in demo exchange stops: a configured exchange is used now");
            demo.close();
            demo = null;
        }
    }

    /** Profiles with a vault in this app-data folder, sorted by name. */
    public List<String> profiles() {
        Path vaults = appData.resolve("vaults");
        if (!Files.isDirectory(vaults)) {
            return List.of();
        }
        try (Stream<Path> dirs = Files.list(vaults)) {
            return dirs.filter(d -> Files.exists(d.resolve("vault.key")))
                    .map(d -> d.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            LOG.warn("cannot list the profiles in {}: {}", vaults, e.getMessage());
            return List.of();
        }
    }

    /** Where the built-in demo exchange keeps its data. */
    public Path demoDataDir() {
        return appData.resolve("demo-exchange");
    }

    /**
     * Starts the built-in demo exchange on a background thread now, when it is the exchange to use, so
     * that the first sign-in finds it running (the app calls this as it starts; ADR 0951). Does nothing
     * when a configured exchange is used or the demo is already running or starting. A start that fails
     * is reported by the next {@link #exchangeUrl()}, which then tries again.
     */
    public synchronized void startDemoInBackground() {
        if (!settings.isBuiltInDemo() || demo != null || demoStarting != null) {
            return;
        }
        startDemoThread();
    }

    // under the lock; the start itself runs on its own thread, so no caller holds the lock while it runs
    private void startDemoThread() {
        java.util.concurrent.CompletableFuture<DemoExchange> starting = new java.util.concurrent.CompletableFuture<>();
        demoStarting = starting;
        Path dir = demoDataDir();
        Thread t = new Thread(() -> {
            try {
                starting.complete(DemoExchange.start(dir));
            } catch (RuntimeException | Error e) {
                LOG.error("the built-in demo exchange did not start", e);
                starting.completeExceptionally(e);
            }
        }, "demo-exchange-start");
        t.setDaemon(true);
        t.start();
    }

    /**
     * The newer desktop client the configured exchange announces in {@code /health}, if it announces one
     * newer than this app (the built-in demo announces none). Blocking; an unreachable exchange or a
     * malformed announcement is no announcement (logged). The app never updates itself.
     */
    public Optional<io.redesk.sdk.model.ClientRelease> newerClient() {
        ExchangeSettings s = settings;
        if (s.url().isEmpty()) {
            return Optional.empty();
        }
        try (ExchangeClient client = ExchangeClient.create(s.clientOptions(s.url().get(), new VaultTokenStore()))) {
            io.redesk.sdk.model.ClientRelease release = client.meta().health().client();
            if (release == null) {
                return Optional.empty();
            }
            String mine = io.redesk.app.env.AppVersion.current();
            if (io.redesk.app.env.AppVersion.isNewer(release.latestVersion(), mine)) {
                LOG.info("the exchange announces ReDesk {} (this is {}): {}", release.latestVersion(), mine, release.downloadUrl());
                return Optional.of(release);
            }
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            LOG.warn("the exchange's client announcement is not usable: {}", e.getMessage());
            return Optional.empty();
        } catch (RuntimeException e) {
            LOG.info("no client announcement from the exchange: {}", e.toString());
            return Optional.empty();
        }
    }

    /** Whether the built-in demo exchange is still starting (the sign-in screen says so). */
    public boolean demoStarting() {
        java.util.concurrent.CompletableFuture<DemoExchange> starting = demoStarting;
        return starting != null && !starting.isDone();
    }

    /**
     * The base URL of the exchange to use, starting the built-in demo if needed, or waiting for the start
     * under way (without holding this service's lock, so the screen can ask whether it is starting).
     */
    public String exchangeUrl() throws SignInException {
        ExchangeSettings s = settings;
        if (s.url().isPresent()) {
            return s.url().get();
        }
        java.util.concurrent.CompletableFuture<DemoExchange> starting;
        synchronized (this) {
            if (demo != null) {
                return demo.baseUrl();
            }
            if (demoStarting == null) {
                startDemoThread();
            }
            starting = demoStarting;
        }
        DemoExchange started;
        try {
            started = joinStart(starting);
        } catch (RuntimeException e) {
            synchronized (this) {
                if (demoStarting == starting) {
                    demoStarting = null; // the next sign-in tries again
                }
            }
            throw new SignInException(SignInException.Reason.DEMO_FAILED, e.getMessage(), e);
        }
        synchronized (this) {
            if (demoStarting == starting) {
                demo = started;
                demoStarting = null;
            }
        }
        return started.baseUrl();
    }

    /** The built-in demo's URL while it is still starting on its last port, if that is known. */
    private Optional<String> demoUrlWithoutWaiting(ExchangeSettings s) {
        if (!s.isBuiltInDemo()) {
            return Optional.empty();
        }
        synchronized (this) {
            if (demo != null) {
                return Optional.of(demo.baseUrl());
            }
            if (demoStarting == null) {
                startDemoThread();
            }
        }
        return DemoExchange.expectedUrl(demoDataDir());
    }

    private static DemoExchange joinStart(java.util.concurrent.CompletableFuture<DemoExchange> starting) {
        try {
            return starting.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }

    /**
     * Signs in; the returned session owns the vault and the client.
     *
     * <p>A new profile signs in at the exchange first (there is no identity yet, so the exchange is
     * needed), then its vault is created. An existing profile opens with its passphrase alone, whatever
     * the network: the desk works from the identity saved at the last sign-in, and the session's
     * {@link ExchangeLink} signs in in the background (with the saved tokens, or with the password if
     * one was typed). A profile belongs to one user on one exchange (ADR 0800): another exchange or
     * another user is refused before anything is opened for them.
     */
    public Session signIn(SignInRequest request) throws SignInException {
        return signIn(request, step -> { });
    }

    /** The long steps of a sign-in, reported as they begin so the screen can say what it is doing. */
    public enum Step {
        /** Waiting for the built-in demo exchange to start (its first start fills its database). */
        STARTING_DEMO,
        /** Signing in at the exchange with the user name and password. */
        SIGNING_IN,
        /** Creating the encrypted vault (deriving its key from the passphrase takes a moment). */
        CREATING_VAULT,
        /** Opening the vault with its passphrase. */
        OPENING_VAULT
    }

    /** As {@link #signIn(SignInRequest)}, telling {@code steps} (on this thread) each long step as it begins. */
    public Session signIn(SignInRequest request, java.util.function.Consumer<Step> steps) throws SignInException {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(steps, "steps");
        this.steps.set(steps);
        try {
            return signInReporting(request);
        } finally {
            this.steps.remove();
        }
    }

    private final ThreadLocal<java.util.function.Consumer<Step>> steps = ThreadLocal.withInitial(() -> step -> { });

    private void step(Step step) {
        steps.get().accept(step);
    }

    private Session signInReporting(SignInRequest request) throws SignInException {
        VaultLocation location;
        try {
            location = new VaultLocation(appData, request.profile());
        } catch (IllegalArgumentException e) {
            throw new SignInException(SignInException.Reason.BAD_PROFILE_NAME, e.getMessage(), e);
        }
        boolean exists = Vaults.exists(location);
        if (request.createProfile() && exists) {
            throw new SignInException(SignInException.Reason.PROFILE_EXISTS, request.profile(), null);
        }
        if (!request.createProfile() && !exists) {
            throw new SignInException(SignInException.Reason.NO_SUCH_PROFILE, request.profile(), null);
        }
        ExchangeSettings s = settings;
        if (request.createProfile()) {
            return firstSignIn(location, request, s, null);
        }
        Vault vault;
        try {
            step(Step.OPENING_VAULT);
            vault = Vaults.unlock(location, request.passphrase(), vaultOptions);
        } catch (RuntimeException e) {
            throw vaultFailure(e);
        }
        try {
            Optional<StoredIdentity> identity;
            try {
                identity = StoredIdentity.load(vault);
            } catch (RuntimeException e) {
                throw new SignInException(SignInException.Reason.VAULT_DAMAGED, e.getMessage(), e);
            }
            if (identity.isEmpty()) {
                // a profile from before offline unlock: its first sign-in with an identity needs the exchange
                if (request.username().isBlank() || request.password().isEmpty()) {
                    throw new SignInException(SignInException.Reason.FIRST_SIGN_IN_NEEDS_EXCHANGE, request.profile(), null);
                }
                return firstSignIn(location, request, s, vault);
            }
            StoredIdentity id = identity.get();
            if (!id.belongsTo(s)) {
                throw new SignInException(SignInException.Reason.OTHER_EXCHANGE, displayOf(id.exchange()), null);
            }
            if (!request.username().isBlank() && !request.username().trim().equals(id.username())) {
                throw new SignInException(SignInException.Reason.OTHER_USER, id.username(), null);
            }
            return fromVault(request, s, vault, id);
        } catch (SignInException | RuntimeException e) {
            vault.close();
            throw e;
        }
    }

    /** Exchange login first, then the vault is created ({@code existing} null) or the given one used. */
    private Session firstSignIn(VaultLocation location, SignInRequest request, ExchangeSettings s, Vault existing)
            throws SignInException {
        if (demoStarting()) {
            step(Step.STARTING_DEMO);
        }
        String url = exchangeUrl();
        VaultTokenStore tokens = new VaultTokenStore();
        ExchangeClient client = ExchangeClient.create(s.clientOptions(url, tokens));
        Me me;
        try {
            step(Step.SIGNING_IN);
            client.auth().login(request.username().trim(), request.password());
            me = client.users().me();
        } catch (RuntimeException e) {
            client.close();
            SignInException failure = loginFailure(e);
            throw failure.reason() == SignInException.Reason.EXCHANGE_UNREACHABLE
                    ? new SignInException(SignInException.Reason.FIRST_SIGN_IN_NEEDS_EXCHANGE, e.getMessage(), e)
                    : failure;
        }
        Vault vault = existing;
        if (vault == null) {
            try {
                step(Step.CREATING_VAULT);
                vault = Vaults.create(location, request.passphrase(), request.suite(), vaultOptions);
            } catch (RuntimeException e) {
                try {
                    client.auth().logout();
                } catch (RuntimeException ignored) {
                    // the vault failure is what the user needs to hear about
                }
                client.close();
                throw vaultFailure(e);
            }
        }
        StoredIdentity identity = new StoredIdentity(StoredIdentity.exchangeOf(s), me, Instant.now());
        try {
            identity.saveTo(vault);
            tokens.keepIn(vault);
        } catch (RuntimeException e) {
            client.close();
            if (existing == null) {
                vault.close();
            }
            throw vaultFailure(e);
        }
        Session session = open(request.profile(), s, url, vault, client, tokens, identity, ExchangeLink.Phase.SIGNED_IN);
        session.service(SyncEngine.class).ifPresent(SyncEngine::start);
        return session;
    }

    /** The desk from the vault alone; the link signs in in the background. */
    private Session fromVault(SignInRequest request, ExchangeSettings s, Vault vault, StoredIdentity id)
            throws SignInException {
        // the desk opens from the vault: it need not wait for the built-in demo's start, whose URL is known
        // when it takes its last port again; the link signs in once it answers (ADR 0951)
        String url = demoUrlWithoutWaiting(s).orElse(null);
        if (url == null) {
            if (demoStarting()) {
                step(Step.STARTING_DEMO);
            }
            url = exchangeUrl();
        }
        VaultTokenStore tokens = VaultTokenStore.readFrom(vault);
        ExchangeClient client = ExchangeClient.create(s.clientOptions(url, tokens));
        Session session = open(request.profile(), s, url, vault, client, tokens, id, ExchangeLink.Phase.OFFLINE);
        ExchangeLink link = session.service(ExchangeLink.class).orElseThrow();
        String password = request.password();
        if (password.isEmpty()) {
            link.start(linkRetry);
        } else {
            // the typed password is used once, in the background, then forgotten
            Thread first = new Thread(() -> {
                ExchangeLink.Phase after = link.signIn(password);
                if (after == ExchangeLink.Phase.OFFLINE) {
                    link.start(linkRetry);
                }
            }, "exchange-sign-in");
            first.setDaemon(true);
            first.start();
        }
        LOG.info("profile {} opened from its vault as {} ({}); signing in to the exchange in the background",
                request.profile(), id.username(), id.me().organisation().name());
        return session;
    }

    private Session open(String profile, ExchangeSettings s, String url, Vault vault, ExchangeClient client,
                         VaultTokenStore tokens, StoredIdentity identity, ExchangeLink.Phase initial) {
        String name = s.isBuiltInDemo() ? DemoExchange.NAME : hostOf(url);
        Session session = new Session(profile, vault, client, identity.me(), name, s.isBuiltInDemo());
        if (s.isBuiltInDemo()) {
            demoSessions.incrementAndGet();
            session.attach((AutoCloseable) this::demoSessionEnded);
        }
        SyncEngine engine = null;
        if (runSync) {
            try {
                // the session owns the engine: it stops before the client closes and the vault locks
                engine = session.attach(new SyncEngine(vault, client, SyncConfig.defaults()));
            } catch (RuntimeException e) {
                LOG.warn("the sync engine did not start; the desk works online only: {}", e.toString());
            }
        }
        SyncEngine sync = engine;
        java.util.concurrent.atomic.AtomicBoolean started = new java.util.concurrent.atomic.AtomicBoolean(
                initial == ExchangeLink.Phase.SIGNED_IN);
        session.attach(new ExchangeLink(client, tokens, identity.me(), initial, me -> {
            try {
                new StoredIdentity(identity.exchange(), me, Instant.now()).saveTo(vault);
            } catch (RuntimeException e) {
                LOG.info("the refreshed identity was not saved ({}); the previous one stays", e.toString());
            }
            if (sync != null) {
                if (started.getAndSet(true)) {
                    sync.syncNow();
                } else {
                    sync.start();
                }
            }
        }));
        LOG.info("signed in as {} ({}) with profile {} on {}", identity.username(),
                identity.me().organisation().name(), profile, name);
        return session;
    }

    private String displayOf(String exchange) {
        return StoredIdentity.BUILT_IN_DEMO.equals(exchange) ? DemoExchange.NAME : exchange;
    }

    private static String hostOf(String url) {
        try {
            String host = java.net.URI.create(url).getHost();
            return host == null ? url : host;
        } catch (IllegalArgumentException e) {
            return url;
        }
    }

    private static SignInException loginFailure(RuntimeException e) {
        if (e instanceof AuthenticationException) {
            return new SignInException(SignInException.Reason.WRONG_CREDENTIALS, e.getMessage(), e);
        }
        if (e instanceof NetworkException) {
            return new SignInException(SignInException.Reason.EXCHANGE_UNREACHABLE, e.getMessage(), e);
        }
        if (e instanceof IllegalArgumentException) {
            return new SignInException(SignInException.Reason.WRONG_CREDENTIALS, e.getMessage(), e);
        }
        if (e instanceof ExchangeException ex) {
            return new SignInException(SignInException.Reason.EXCHANGE_ERROR,
                    ex.code() + ": " + ex.detail().orElse(ex.getMessage()), e);
        }
        return new SignInException(SignInException.Reason.EXCHANGE_UNREACHABLE, e.toString(), e);
    }

    private static SignInException vaultFailure(RuntimeException e) {
        if (e instanceof WrongPassphraseException w) {
            return new SignInException(SignInException.Reason.WRONG_PASSPHRASE, e.getMessage(), e,
                    w.retryAfter().toSeconds());
        }
        if (e instanceof UnlockThrottledException t) {
            return new SignInException(SignInException.Reason.UNLOCK_THROTTLED, e.getMessage(), e,
                    Math.max(1, t.retryAfter().toSeconds()));
        }
        if (e instanceof VaultExistsException) {
            return new SignInException(SignInException.Reason.PROFILE_EXISTS, e.getMessage(), e);
        }
        if (e instanceof IllegalArgumentException) {
            // an empty passphrase
            return new SignInException(SignInException.Reason.WRONG_PASSPHRASE, e.getMessage(), e);
        }
        if (e instanceof VaultException) {
            return new SignInException(SignInException.Reason.VAULT_DAMAGED, e.getMessage(), e);
        }
        return new SignInException(SignInException.Reason.VAULT_DAMAGED, e.toString(), e);
    }

    /** Waits for a background start, keeping its exchange (to be stopped) or forgetting its failure. */
    private void adoptStarted() {
        java.util.concurrent.CompletableFuture<DemoExchange> starting = demoStarting;
        demoStarting = null;
        try {
            demo = joinStart(starting);
        } catch (RuntimeException e) {
            // already logged by the starting thread; nothing runs that needs stopping
        }
    }

    /** Stops the built-in demo exchange if it was started. */
    @Override
    public synchronized void close() {
        if (demoStarting != null) {
            adoptStarted();
        }
        if (demo != null) {
            demo.close();
            demo = null;
        }
    }
}
