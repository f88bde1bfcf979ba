package io.redesk.sdk;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.redesk.sdk.auth.AuthService;
import io.redesk.sdk.batch.MutationBatchService;
import io.redesk.sdk.meta.MetaService;
import io.redesk.sdk.party.UserService;
import io.redesk.sdk.party.OrganisationService;
import io.redesk.sdk.security.ReinsurerService;
import io.redesk.sdk.security.PoolService;
import io.redesk.sdk.security.SecurityPolicyService;
import io.redesk.sdk.placement.PlacementService;
import io.redesk.sdk.quote.InquiryService;
import io.redesk.sdk.quote.QuoteService;
import io.redesk.sdk.line.LineService;
import io.redesk.sdk.signing.SigningService;
import io.redesk.sdk.registration.RegistrationService;
import io.redesk.sdk.feed.ChangeFeedService;
import io.redesk.sdk.account.AccountService;
import io.redesk.sdk.account.ClaimService;
import io.redesk.sdk.account.InvoiceService;
import io.redesk.sdk.account.SettlementService;
import io.redesk.sdk.audit.AuditService;
import io.redesk.sdk.auth.TokenManager;
import io.redesk.sdk.model.WireJson;
import io.redesk.sdk.transport.CertificatePins;
import io.redesk.sdk.transport.RequestExecutor;
import java.util.Objects;
import okhttp3.OkHttpClient;

/**
 * The exchange API as Java: one client per exchange connection, one service per resource
 * ({@code client.auth()}, {@code client.placements()}, {@code client.quotes()}, ...). Thread-safe; share
 * one instance. Every call goes through one {@link RequestExecutor}, which fixes the idempotency key
 * per logical request, retries per {@link io.redesk.sdk.transport.RetryPolicy}, refreshes tokens, and
 * maps errors to {@link io.redesk.sdk.error.ExchangeException} subtypes.
 *
 * <pre>{@code
 * try (ExchangeClient client = ExchangeClient.create(ExchangeClientOptions.builder()
 *         .baseUrl("https://exchange.example:8443")
 *         .certificatePin("sha256/...")
 *         .build())) {
 *     client.auth().login("broker@example", password);
 *     Placement p = client.placements().get(id);
 * }
 * }</pre>
 */
public final class ExchangeClient implements AutoCloseable {

    private final ExchangeClientOptions options;
    private final OkHttpClient http;
    private final RequestExecutor executor;
    private final TokenManager tokens;
    private final AuthService auth;
    private final MetaService meta;
    private final UserService users;
    private final OrganisationService organisations;
    private final ReinsurerService reinsurers;
    private final PoolService pools;
    private final SecurityPolicyService securityPolicy;
    private final PlacementService placements;
    private final InquiryService inquiries;
    private final QuoteService quotes;
    private final LineService lines;
    private final SigningService signing;
    private final RegistrationService registration;
    private final ChangeFeedService changes;
    private final AuditService audit;
    private final MutationBatchService batches;
    private final AccountService accounts;
    private final ClaimService claims;
    private final SettlementService settlements;
    private final InvoiceService invoices;

    private ExchangeClient(ExchangeClientOptions options) {
        this.options = Objects.requireNonNull(options, "options");
        this.http = buildHttp(options);
        ObjectMapper mapper = WireJson.newMapper();
        this.tokens = new TokenManager(options.tokenStore(), options.clock());
        this.executor = new RequestExecutor(http, mapper, options, tokens);
        this.auth = AuthService.wire(executor, tokens);
        this.meta = new MetaService(executor, RequestOptions.none());
        this.users = new UserService(executor, RequestOptions.none());
        this.organisations = new OrganisationService(executor, RequestOptions.none());
        this.reinsurers = new ReinsurerService(executor, RequestOptions.none());
        this.pools = new PoolService(executor, RequestOptions.none());
        this.securityPolicy = new SecurityPolicyService(executor, RequestOptions.none());
        this.placements = new PlacementService(executor, RequestOptions.none());
        this.inquiries = new InquiryService(executor, RequestOptions.none());
        this.quotes = new QuoteService(executor, RequestOptions.none());
        this.lines = new LineService(executor, RequestOptions.none());
        this.signing = new SigningService(executor, RequestOptions.none());
        this.registration = new RegistrationService(executor, RequestOptions.none());
        this.changes = new ChangeFeedService(executor, RequestOptions.none());
        this.audit = new AuditService(executor, RequestOptions.none());
        this.batches = new MutationBatchService(executor, RequestOptions.none());
        this.accounts = new AccountService(executor, RequestOptions.none());
        this.claims = new ClaimService(executor, RequestOptions.none());
        this.settlements = new SettlementService(executor, RequestOptions.none());
        this.invoices = new InvoiceService(executor, RequestOptions.none());
    }

    public static ExchangeClient create(ExchangeClientOptions options) {
        return new ExchangeClient(options);
    }

    private static OkHttpClient buildHttp(ExchangeClientOptions o) {
        OkHttpClient.Builder b = new OkHttpClient.Builder()
                .connectTimeout(o.connectTimeout())
                .readTimeout(o.readTimeout())
                .writeTimeout(o.readTimeout())
                .callTimeout(o.callTimeout())
                // the SDK's own policy retries (with the idempotency key); OkHttp must not resend on its own
                .retryOnConnectionFailure(false)
                .followRedirects(false);
        o.pins().ifPresent(pins -> b.sslSocketFactory(pins.sslContext().getSocketFactory(), pins.trustManager())
                .hostnameVerifier(pins.hostnameVerifier()));
        o.interceptors().forEach(b::addInterceptor);
        return b.build();
    }

    public ExchangeClientOptions options() {
        return options;
    }

    /** The transport seam: sends any {@link io.redesk.sdk.transport.ApiRequest} with the client's policy. */
    public RequestExecutor transport() {
        return executor;
    }

    /** Login, refresh, logout; the current tokens. */
    public AuthService auth() {
        return auth;
    }

    /** The exchange's health and its contract. */
    public MetaService meta() {
        return meta;
    }

    /** The signed-in user ({@code me()}) and visible users. */
    public UserService users() {
        return users;
    }

    /** Organisations of the market. */
    public OrganisationService organisations() {
        return organisations;
    }

    /** Reinsurers with ratings and security flags. */
    public ReinsurerService reinsurers() {
        return reinsurers;
    }

    /** Insurance pools and members. */
    public PoolService pools() {
        return pools;
    }

    /** The caller organisation's security policy. */
    public SecurityPolicyService securityPolicy() {
        return securityPolicy;
    }

    /** Placements, slip versions, transitions, firm order, endorsements. */
    public PlacementService placements() {
        return placements;
    }

    /** Inquiries (quote requests to reinsurers). */
    public InquiryService inquiries() {
        return inquiries;
    }

    /** Quotes: prepare, quote, decline, accept. */
    public QuoteService quotes() {
        return quotes;
    }

    /** Written lines and subjectivities. */
    public LineService lines() {
        return lines;
    }

    /** Signing-down preview and close. */
    public SigningService signing() {
        return signing;
    }

    /** Contract registration and receipts. */
    public RegistrationService registration() {
        return registration;
    }

    /** The change feed. */
    public ChangeFeedService changes() {
        return changes;
    }

    /** The audit log and its verification. */
    public AuditService audit() {
        return audit;
    }

    /** Several mutations in one request, each under its own idempotency key ({@code /mutation-batches}). */
    public MutationBatchService batches() {
        return batches;
    }

    /** Pins in the form OkHttp and the exchange print them, for display in the connection settings. */
    /** Technical accounts: prepare, issue, agree, query, correct, register. */
    public AccountService accounts() {
        return accounts;
    }

    /** Claims and their payment requests. */
    public ClaimService claims() {
        return claims;
    }

    /** Statements of account and settlements. */
    public SettlementService settlements() {
        return settlements;
    }

    /** Invoices and withholding certificates. */
    public InvoiceService invoices() {
        return invoices;
    }

    public static String pinOf(java.security.cert.X509Certificate certificate) {
        return CertificatePins.pinOf(certificate);
    }

    /** Releases connections and threads; the client must not be used afterwards. */
    @Override
    public void close() {
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }
}
