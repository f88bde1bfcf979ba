package io.redesk.app.desk;

import io.redesk.domain.money.Share;
import io.redesk.domain.security.SecurityOverride;
import io.redesk.domain.security.SecurityPolicy;
import io.redesk.domain.signing.SigningDown;
import io.redesk.domain.signing.SigningResult;
import io.redesk.domain.signing.WrittenLine;
import io.redesk.domain.slip.Slip;
import io.redesk.domain.slip.SlipStage;
import io.redesk.domain.validation.FieldError;
import io.redesk.domain.validation.ValidationException;
import io.redesk.sdk.ExchangeClient;
import io.redesk.sdk.model.line.FirmOrderRequest;
import io.redesk.sdk.model.line.Line;
import io.redesk.sdk.model.line.LineStatus;
import io.redesk.sdk.model.party.OrgType;
import io.redesk.sdk.model.party.Organisation;
import io.redesk.sdk.model.placement.Placement;
import io.redesk.sdk.model.placement.PlacementCreateRequest;
import io.redesk.sdk.model.placement.PlacementStatus;
import io.redesk.sdk.model.quote.Inquiry;
import io.redesk.sdk.model.quote.InquiryRequest;
import io.redesk.sdk.model.quote.Quote;
import io.redesk.sdk.model.registration.ContractRegistrationRequest;
import io.redesk.sdk.model.registration.RegisteredLine;
import io.redesk.sdk.model.registration.RegistrationReceipt;
import io.redesk.sdk.model.signing.UnderSubscriptionDecision;
import io.redesk.store.placement.PlacementRecord;
import io.redesk.store.placement.PlacementRepository;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * The broker's side of a placement against the exchange, from a validated slip to the registration
 * receipt: submit, invite (security policy applied), compare quotes, accept into a firm order, watch
 * lines, preview and close the signing, register. Blocking calls: view-models run them through the
 * {@code TaskExecutor}, never on the FX thread.
 *
 * <p>Every rule is the domain's: slip validation ({@link Slip#validate}), the security verdict and its
 * override ({@link SecurityPolicy#clear}), the signing-down preview ({@link SigningDown}); the exchange
 * enforces the same rules again. Each step's new state is also saved into the vault so the slips list
 * and offline reading stay current.
 */
public final class BrokerDesk {

    private final ExchangeClient client;
    private final PlacementRepository placements;
    private final Clock clock;
    private volatile List<Organisation> cedents;
    private volatile PartyNames parties;

    public BrokerDesk(ExchangeClient client, PlacementRepository placements, Clock clock) {
        this.client = Objects.requireNonNull(client, "client");
        this.placements = placements;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * The cedents the broker may place for. Fetched once and kept for the session, so a slip drafted
     * offline can still name its cedent.
     */
    public List<Organisation> cedents() {
        List<Organisation> known = cedents;
        if (known == null) {
            try {
                known = client.organisations().listAll(OrgType.CEDENT).toList();
                keep(known);
            } catch (io.redesk.sdk.error.ExchangeException e) {
                // offline (or not signed in yet): the list kept at the last fetch, if any
                known = kept().orElseThrow(() -> e);
            }
            cedents = known;
        }
        return known;
    }

    /** Value of the vault holding the last cedent list fetched (sealed like every record). */
    static final String CEDENTS_VALUE = "desk.cedents";
    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = io.redesk.sdk.model.WireJson.newMapper();
    private volatile io.redesk.store.vault.Vault keep;

    /**
     * Keeps the cedent list in {@code vault} whenever it is fetched, and reads it from there when the
     * exchange cannot be reached, so a desk opened offline after a restart can still draft a slip.
     */
    public BrokerDesk keepingPartiesIn(io.redesk.store.vault.Vault vault) {
        this.keep = Objects.requireNonNull(vault, "vault");
        return this;
    }

    private void keep(List<Organisation> list) {
        io.redesk.store.vault.Vault v = keep;
        if (v == null) {
            return;
        }
        try {
            v.saveValue(CEDENTS_VALUE, JSON.writeValueAsString(list));
        } catch (com.fasterxml.jackson.core.JsonProcessingException | RuntimeException e) {
            // the list still serves this session; only an offline restart would miss it
            org.slf4j.LoggerFactory.getLogger(BrokerDesk.class).info("the cedent list was not kept: {}", e.toString());
        }
    }

    private java.util.Optional<List<Organisation>> kept() {
        io.redesk.store.vault.Vault v = keep;
        if (v == null) {
            return java.util.Optional.empty();
        }
        return v.value(CEDENTS_VALUE).map(json -> {
            try {
                return List.of(JSON.readValue(json, Organisation[].class));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException("the kept cedent list is unreadable", e);
            }
        });
    }

    /**
     * Every organisation of the market (cedents, brokers, reinsurers, pools), by id, for showing parties
     * by name. Fetched once and kept for the session.
     */
    public PartyNames parties() {
        PartyNames known = parties;
        if (known == null) {
            known = PartyNames.of(client.organisations().listAll(null).toList());
            parties = known;
        }
        return known;
    }

    /** Whether the cedent list has been fetched (offline drafting can then find a slip's cedent). */
    public boolean cedentsKnown() {
        return cedents != null;
    }

    /**
     * Sends the slip to the exchange and submits it. Refused with the domain's field errors if the slip
     * is not complete for submission, before anything leaves the machine.
     */
    public Placement submit(String title, UUID cedentId, SlipForm form) {
        List<FieldError> errors = form.validate(SlipStage.SUBMISSION);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        Slip slip = form.parse().slip();
        Placement created = client.placements().create(new PlacementCreateRequest(title, cedentId, null, WireSlips.toWire(slip)));
        Placement submitted = client.placements().transition(created.id(), PlacementStatus.SUBMITTED, null, created.version());
        remember(submitted);
        return submitted;
    }

    /** The broker's placements as the exchange has them, newest first. */
    public List<Placement> myPlacements() {
        List<Placement> all = new ArrayList<>(client.placements().listAll(null).toList());
        all.sort(java.util.Comparator.comparing(Placement::updatedAt, java.util.Comparator.nullsLast(java.util.Comparator.reverseOrder())));
        return all;
    }

    /** The placement as the exchange has it now. */
    public Placement placement(UUID id) {
        return client.placements().get(id);
    }

    /** Reinsurers and pools with their ratings and the domain's verdict under the broker's policy. */
    public List<Security> candidates(boolean crossBorderRmb) {
        SecurityPolicy policy = Security.policyOf(client.securityPolicy().get());
        return client.reinsurers().listAll().map(r -> Security.of(r, policy, crossBorderRmb)).toList();
    }

    /**
     * Sends quote requests to {@code invited}. A candidate below the policy needs an override reason in
     * {@code overrideReasons}; without one the domain refuses ({@code SecurityPolicyException}) and
     * nothing is sent.
     */
    public Inquiry invite(UUID placementId, List<Security> invited, Map<String, String> overrideReasons,
                          Instant deadline, String message, String userId) {
        SecurityPolicy policy = SecurityPolicy.defaults();
        List<io.redesk.sdk.model.security.SecurityOverride> overrides = new ArrayList<>();
        for (Security s : invited) {
            String reason = overrideReasons.get(s.id());
            SecurityOverride override = s.needsOverride() && reason != null && !reason.isBlank()
                    ? new SecurityOverride(s.id(), userId, reason.trim(), clock.instant()) : null;
            policy.clear(s.check(), override);
            if (override != null) {
                overrides.add(new io.redesk.sdk.model.security.SecurityOverride(UUID.fromString(s.id()), override.reason()));
            }
        }
        Inquiry inquiry = client.inquiries().create(placementId, new InquiryRequest(
                invited.stream().map(s -> UUID.fromString(s.id())).toList(), deadline, message, overrides));
        remember(client.placements().get(placementId));
        return inquiry;
    }

    /** The quotes on a placement (the exchange shows the broker every quote of its own placement). */
    public List<Quote> quotes(UUID placementId) {
        return client.quotes().allForPlacement(placementId).toList();
    }

    /** Accepts {@code quoteId} (the others become not taken up) and fixes the firm order. */
    public Placement acceptIntoFirmOrder(UUID placementId, UUID quoteId, Share order, List<UUID> followers) {
        Quote q = client.quotes().get(quoteId);
        client.quotes().accept(quoteId, q.version());
        Placement p = client.placements().get(placementId);
        Placement placed = client.placements().placeFirmOrder(placementId,
                new FirmOrderRequest(quoteId, WireSlips.share(order), followers, null), p.version());
        remember(placed);
        return placed;
    }

    /** The written lines on a placement. */
    public List<Line> lines(UUID placementId) {
        return client.lines().listAll(placementId).toList();
    }

    /** The signing-down of the live lines, computed locally by the domain (works offline). */
    public static SigningResult preview(List<Line> lines, Share order) {
        List<WrittenLine> written = lines.stream()
                .filter(l -> l.status() != LineStatus.WITHDRAWN)
                .map(l -> new WrittenLine(l.id().toString(), Share.of(l.writtenShare()), l.toStand(), l.writtenAt()))
                .toList();
        return SigningDown.sign(written, order);
    }

    /** Closes the placement: the exchange signs the lines down (same rule) and fixes them. */
    public io.redesk.sdk.model.signing.SigningResult close(UUID placementId, boolean reduceOrderIfUnder) {
        Placement p = client.placements().get(placementId);
        io.redesk.sdk.model.signing.SigningResult result = client.signing().close(placementId,
                reduceOrderIfUnder ? UnderSubscriptionDecision.REDUCE_ORDER : null, p.version());
        remember(client.placements().get(placementId));
        return result;
    }

    /** Binds a signed placement (the step before registration). */
    public Placement bind(UUID placementId) {
        Placement p = client.placements().get(placementId);
        Placement bound = client.placements().transition(placementId, PlacementStatus.BOUND, null, p.version());
        remember(bound);
        return bound;
    }

    /**
     * The registration request for a bound placement: only the fields the exchange's registration
     * standard needs. The screen shows exactly this before sending.
     */
    public ContractRegistrationRequest registrationRequest(UUID placementId) {
        Placement p = client.placements().get(placementId);
        io.redesk.sdk.model.signing.SigningResult signed = client.signing().preview(placementId);
        List<RegisteredLine> lines = signed.lines().stream()
                .map(l -> new RegisteredLine(l.reinsurerId(), l.signedShare())).toList();
        var risk = p.slip().riskDetails();
        return new ContractRegistrationRequest(p.umr(), p.contractKind(), p.cedentId(), p.brokerId(), risk.periodStart(),
                risk.periodEnd(), p.firmOrder() != null && p.firmOrder().premium() != null ? p.firmOrder().premium() : risk.premium(),
                signed.orderShare(), lines);
    }

    /** The fields of {@code request} as label → value, in the order the registration standard lists them. */
    public static Map<String, String> fieldsLeaving(ContractRegistrationRequest r) {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("umr", r.umr());
        out.put("contractKind", String.valueOf(r.contractKind()));
        out.put("cedentId", String.valueOf(r.cedentId()));
        out.put("brokerId", String.valueOf(r.brokerId()));
        out.put("periodStart", String.valueOf(r.periodStart()));
        out.put("periodEnd", String.valueOf(r.periodEnd()));
        out.put("premium", r.premium() == null ? "" : r.premium().amount() + " " + r.premium().currency());
        out.put("orderShare", r.orderShare());
        for (int i = 0; i < r.lines().size(); i++) {
            RegisteredLine l = r.lines().get(i);
            out.put("lines[" + i + "]", l.reinsurerId() + " " + l.signedShare() + "%");
        }
        return out;
    }

    /** Sends exactly {@code request}; returns the exchange's receipt. */
    public RegistrationReceipt register(UUID placementId, ContractRegistrationRequest request) {
        Placement p = client.placements().get(placementId);
        RegistrationReceipt receipt = client.registration().register(placementId, request, p.version());
        remember(client.placements().get(placementId));
        return receipt;
    }

    /** The receipt of a registered placement. */
    public RegistrationReceipt receipt(UUID placementId) {
        return client.registration().receipt(placementId);
    }

    private void remember(Placement p) {
        if (placements == null) {
            return;
        }
        var risk = p.slip() == null ? null : p.slip().riskDetails();
        placements.save(new PlacementRecord(p.id().toString(), p.umr(), p.title(),
                io.redesk.domain.placement.PlacementStatus.valueOf(p.status().name()),
                p.cedentId() == null ? null : p.cedentId().toString(), p.brokerId() == null ? null : p.brokerId().toString(),
                risk == null ? null : risk.periodStart(), risk == null ? null : risk.periodEnd(), (int) p.slipVersion(),
                p.contractKind() == null ? null : p.contractKind().name()));
    }
}
