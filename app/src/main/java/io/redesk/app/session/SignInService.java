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
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens sessions: lists local profiles, starts the built-in demo exchange when no exchange is
 * configured (once, kept for the app's lifetime), and signs a user in: exchange login first (so a new
 * vault is only created for a user the exchange knows), then the vault is created or unlocked.
 * Blocking: call it from the task executor, never the UI thread. UI-free.
 */
public final class SignInService implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SignInService.class);

    private final Path appData;
    private final VaultOptions vaultOptions;
    private volatile ExchangeSettings settings;
    private DemoExchange demo;
    private volatile boolean runSync = true;

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

    /** The exchange the next sign-in uses. */
    public ExchangeSettings settings() {
        return settings;
    }

    /** Uses {@code newSettings} from the next sign-in on (the current session is not touched). */
    public void useSettings(ExchangeSettings newSettings) {
        this.settings = Objects.requireNonNull(newSettings, "settings");
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

    /** The base URL of the exchange to use, starting the built-in demo if needed. */
    public synchronized String exchangeUrl() throws SignInException {
        ExchangeSettings s = settings;
        if (s.url().isPresent()) {
            return s.url().get();
        }
        if (demo == null) {
            try {
                demo = DemoExchange.start(demoDataDir());
            } catch (RuntimeException e) {
                LOG.error("the built-in demo exchange did not start", e);
                throw new SignInException(SignInException.Reason.DEMO_FAILED, e.getMessage(), e);
            }
        }
        return demo.baseUrl();
    }

    /** Signs in; the returned session owns the vault and the client. */
    public Session signIn(SignInRequest request) throws SignInException {
        Objects.requireNonNull(request, "request");
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
        String url = exchangeUrl();
        ExchangeClient client = ExchangeClient.create(s.clientOptions(url));
        Me me;
        try {
            client.auth().login(request.username().trim(), request.password());
            me = client.users().me();
        } catch (RuntimeException e) {
            client.close();
            throw loginFailure(e);
        }
        Vault vault;
        try {
            vault = request.createProfile()
                    ? Vaults.create(location, request.passphrase(), request.suite(), vaultOptions)
                    : Vaults.unlock(location, request.passphrase(), vaultOptions);
        } catch (RuntimeException e) {
            try {
                client.auth().logout();
            } catch (RuntimeException ignored) {
                // the vault failure is what the user needs to hear about
            }
            client.close();
            throw vaultFailure(e);
        }
        String name = s.isBuiltInDemo() ? DemoExchange.NAME : hostOf(url);
        LOG.info("signed in as {} ({}) with profile {} on {}", me.user().username(),
                me.organisation().name(), request.profile(), name);
        Session session = new Session(request.profile(), vault, client, me, name, s.isBuiltInDemo());
        if (runSync) {
            try {
                // the session owns the engine: it stops before the client closes and the vault locks
                session.attach(new SyncEngine(vault, client, SyncConfig.defaults())).start();
            } catch (RuntimeException e) {
                LOG.warn("the sync engine did not start; the desk works online only: {}", e.toString());
            }
        }
        return session;
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

    /** Stops the built-in demo exchange if it was started. */
    @Override
    public synchronized void close() {
        if (demo != null) {
            demo.close();
            demo = null;
        }
    }
}
