package io.redesk.app.ui.slips;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.redesk.app.desk.DeskFixture;
import io.redesk.app.desk.SlipField;
import io.redesk.app.desk.SlipForm;
import io.redesk.app.desk.WireSlips;
import io.redesk.app.sync.engine.SyncEngine;
import io.redesk.domain.slip.ClaimsAgreementBasis;
import io.redesk.domain.slip.ContractKind;
import io.redesk.domain.slip.WrittenLineBasis;
import io.redesk.exchange.seed.DemoSeed;
import io.redesk.sdk.ExchangeClient;
import io.redesk.sdk.model.WireJson;
import io.redesk.sdk.model.placement.Placement;
import io.redesk.sdk.model.placement.PlacementCreateRequest;
import io.redesk.sdk.model.placement.PlacementStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Issue 19's round trip, through the real pieces (the in-process exchange with the demo market, a vault,
 * the sync engine, the editor's view-model): open a slip the exchange holds in the editor, change one
 * field, save, sync, and the exchange's next slip version differs from the one before in exactly that
 * field; a save that changes nothing makes no new version. Over every seeded placement whose slip can
 * still change, and over generated slips of every contract kind carrying fields the editor does not
 * show (a risk type, a deductible, a retention on a facultative slip).
 *
 * <p>The wire path of each field is written out here, independently of the app's mapping: it is the
 * specification the mapping is held to.
 */
class LosslessRoundTripTest {

    private static final ObjectMapper JSON = WireJson.newMapper();
    private static final AtomicInteger SERIAL = new AtomicInteger();
    /** Fields never changed here: the UMR is fixed at the exchange, the kind and currency reshape the whole cover. */
    private static final Set<SlipField> NOT_CHANGED = EnumSet.of(SlipField.UMR, SlipField.KIND, SlipField.CURRENCY);
    /** Fields the exchange's contract requires: changed, never emptied. */
    private static final Set<SlipField> REQUIRED = EnumSet.of(SlipField.REINSURED, SlipField.INCEPTION, SlipField.EXPIRY,
            SlipField.TIME_ZONE, SlipField.INTEREST, SlipField.PREMIUM, SlipField.ORDER_HEREON, SlipField.BROKERAGE);

    private static Path dir;
    private static SyncedEditor desk;
    private static ExchangeClient alice;
    private static SyncEngine engine;
    private static SlipEditorViewModel editor;
    private static List<String> seeded;

    @BeforeContainer
    static void startTheMarket() throws IOException {
        dir = Files.createTempDirectory("lossless");
        desk = new SyncedEditor(dir);
        alice = desk.alice;
        engine = desk.engine;
        editor = desk.editor;
        seeded = alice.placements().listAll(null)
                .filter(p -> EnumSet.of(PlacementStatus.DRAFT, PlacementStatus.SUBMITTED, PlacementStatus.INQUIRY).contains(p.status()))
                // a quoted inquiry's priced terms are fixed (ADR 0461, PricedTermsTest): any field may change only where nobody quoted
                .filter(p -> alice.quotes().allForPlacement(p.id()).findAny().isEmpty())
                .map(p -> p.id().toString()).sorted().toList();
    }

    @AfterContainer
    static void stopTheMarket() throws IOException {
        desk.close();
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Property(tries = 60)
    void changingOneFieldChangesExactlyThatFieldAtTheExchange(@ForAll("placements") Target target,
                                                              @ForAll @IntRange(min = 0, max = 10_000) int pick,
                                                              @ForAll("words") String word,
                                                              @ForAll @IntRange(min = 1, max = 98) int n) {
        String id = target.id();
        Placement before = alice.placements().get(UUID.fromString(id));
        engine.runCycle();
        editor.open(id);
        String kind = editor.field(SlipField.KIND).get();
        List<SlipField> editable = java.util.Arrays.stream(SlipField.values())
                .filter(f -> !NOT_CHANGED.contains(f) && f.appliesTo(ContractKind.ofCode(kind).type())).toList();
        SlipField field = editable.get(pick % editable.size());
        String current = editor.field(field).get();
        String value = newValue(field, kind, current, word, n, pick);
        Assume.that(!sameValue(field, value, current));

        editor.field(field).set(value);
        editor.saveVersion("one field: " + field);
        engine.runCycle();

        assertThat(editor.sentProperty().get()).as("the editor queued the edit of %s to '%s'", field, value)
                .startsWith("Saved and queued");
        assertThat(refusals()).as("the exchange took the edit of %s", field).isEmpty();
        Placement after = alice.placements().get(UUID.fromString(id));
        assertThat(after.slipVersion()).as("a new slip version").isEqualTo(before.slipVersion() + 1);
        assertThat(differences(before, after)).as("%s set to '%s' (was '%s') on %s", field, value, current, before.umr())
                .containsExactly(wirePath(field, kind));
    }

    /** The walk of issue 19: an edit elsewhere in the seeded draft keeps its retention and risk type. */
    @Example
    void theSeededDraftKeepsItsRetentionAndRiskTypeAfterAnEditElsewhere() {
        Placement before = seededDraft();
        editor.open(before.id().toString());
        editor.field(SlipField.INSURED).set("Eastern Sky Airlines Group");
        editor.saveVersion("insured renamed");
        engine.runCycle();

        Placement after = alice.placements().get(before.id());
        assertThat(after.slip().riskDetails().retention()).isEqualTo(io.redesk.sdk.model.Money.of("20000000.00", "CNY"));
        assertThat(after.slip().riskDetails().type()).isEqualTo("Aviation hull and liabilities");
        assertThat(differences(before, after)).containsExactly("riskDetails.insured");
    }

    /** An emptied "Limit per risk" reaches the exchange empty, not filled with the sum insured. */
    @Example
    void anEmptiedLimitPerRiskStaysEmpty() {
        Placement before = seededDraft();
        editor.open(before.id().toString());
        editor.field(SlipField.LIMIT_PER_RISK).set("");
        editor.saveVersion("no limit per risk");
        engine.runCycle();

        Placement after = alice.placements().get(before.id());
        assertThat(differences(before, after)).containsExactly("riskDetails.limit");
        assertThat(after.slip().riskDetails().limit()).isNull();
    }

    /** Claims administration typed in the editor reaches the exchange and opens again. */
    @Example
    void claimsAdministrationReachesTheExchange() {
        Placement before = seededDraft();
        editor.open(before.id().toString());
        editor.field(SlipField.CLAIMS_ADMINISTRATION).set("Leader settles claims up to CNY 5m");
        editor.saveVersion("claims administration");
        engine.runCycle();
        editor.open(before.id().toString());

        assertThat(JSON.valueToTree(alice.placements().get(before.id()).slip()).at("/subscriptionAgreement/claimsAdministration")
                .asText()).isEqualTo("Leader settles claims up to CNY 5m");
        assertThat(editor.field(SlipField.CLAIMS_ADMINISTRATION).get()).isEqualTo("Leader settles claims up to CNY 5m");
    }

    /**
     * A draft exactly as the demo seeds its aviation drafts ({@code DemoPlacements.slip}: retention CNY
     * 20,000,000, type "Aviation hull and liabilities"), new for each example so none sees another's edits.
     */
    private static Placement seededDraft() {
        String umr = String.format("B0999SEED%05d", SERIAL.incrementAndGet());
        return desk.seededDraft(umr, "Seeded aviation draft " + umr);
    }

    @Property(tries = 12)
    void aSaveThatChangesNothingMakesNoNewVersion(@ForAll("placements") Target target) {
        String id = target.id();
        engine.runCycle();
        Placement before = alice.placements().get(UUID.fromString(id));
        editor.open(id);

        editor.saveVersion("nothing changed");
        engine.runCycle();

        Placement after = alice.placements().get(UUID.fromString(id));
        assertThat(after.slipVersion()).isEqualTo(before.slipVersion());
        assertThat((JsonNode) JSON.valueToTree(after.slip())).isEqualTo((JsonNode) JSON.valueToTree(before.slip()));
        assertThat(engine.store().outbox().unfinished()).isEmpty();
    }

    /** A placement to edit: one of the seed's (named by its id), or a new one from a generated slip. */
    record Target(String source, String umr, Map<SlipField, String> extra) {
        String id() {
            if (source.startsWith("seed:")) {
                return source.substring("seed:".length());
            }
            return created(this);
        }

        @Override
        public String toString() {
            return source + (umr == null ? "" : " " + umr + " " + extra);
        }
    }

    @Provide
    Arbitrary<Target> placements() {
        Arbitrary<Target> seed = Arbitraries.of(seeded).map(id -> new Target("seed:" + id, null, Map.of()));
        Arbitrary<Target> generated = Arbitraries.of("FAC_PROPORTIONAL", "QUOTA_SHARE", "SURPLUS", "PER_RISK_EXCESS_OF_LOSS",
                "CAT_EXCESS_OF_LOSS", "FAC_EXCESS_OF_LOSS", "STOP_LOSS").flatMap(kind -> Arbitraries.integers().between(1, 97)
                .map(n -> new Target("generated:" + kind, null, cover(kind, n))));
        return Arbitraries.oneOf(seed, generated);
    }

    @Provide
    Arbitrary<String> words() {
        return Arbitraries.strings().withCharRange('a', 'z').ofMinLength(3).ofMaxLength(10)
                .map(w -> Character.toUpperCase(w.charAt(0)) + w.substring(1));
    }

    /** The generated cover terms of a slip of {@code kind}, every one of its cover fields filled. */
    private static Map<SlipField, String> cover(String kind, int n) {
        Map<SlipField, String> m = new EnumMap<>(SlipField.class);
        m.put(SlipField.KIND, kind);
        m.put(SlipField.CLAIMS_ADMINISTRATION, "Claims handled by the leader, n=" + n);
        m.put(SlipField.OTHER_DEDUCTIONS, "Overrider: " + (n % 5 + 1));
        if (n % 2 == 0) {
            m.put(SlipField.CROSS_BORDER_RMB, "true");
        }
        switch (kind) {
            case "FAC_PROPORTIONAL", "QUOTA_SHARE" -> {
                m.put(SlipField.CEDED_SHARE, String.valueOf(n));
                m.put(SlipField.LIMIT_PER_RISK, (n * 1_000_000L) + ".00");
            }
            case "SURPLUS" -> {
                m.put(SlipField.RETENTION, (n * 100_000L) + ".00");
                m.put(SlipField.LINES, String.valueOf(n % 9 + 1));
            }
            case "STOP_LOSS" -> {
                m.put(SlipField.ATTACHMENT, String.valueOf(100 + n));
                m.put(SlipField.LIMIT, String.valueOf(150 + n));
            }
            default -> {
                m.put(SlipField.LIMIT, (n * 10_000_000L) + ".00");
                m.put(SlipField.EXCESS, (n * 1_000_000L) + ".00");
                m.put(SlipField.REINSTATEMENTS, "100, " + n);
                m.put(SlipField.AGGREGATE_LIMIT, (n * 20_000_000L) + ".00");
            }
        }
        return m;
    }

    /**
     * Creates the generated slip at the exchange as another desk would, with fields the editor does not
     * show (a risk type, a deductible, and a retention on a proportional slip) that an edit must carry.
     */
    private static String created(Target t) {
        String umr = String.format("B0999GEN%06d", SERIAL.incrementAndGet());
        SlipForm form = DeskFixture.completeSlip(umr).with(SlipField.LIMIT_PER_RISK, null);
        for (Map.Entry<SlipField, String> e : t.extra().entrySet()) {
            form = form.with(e.getKey(), e.getValue());
        }
        ObjectNode wire = JSON.valueToTree(WireSlips.toWire(form.parse().slip()));
        ObjectNode risk = (ObjectNode) wire.get("riskDetails");
        risk.put("type", "Generated risk " + umr);
        risk.set("deductible", JSON.valueToTree(io.redesk.sdk.model.Money.of("250000.00", "CNY")));
        if (!risk.has("retention")) {
            risk.set("retention", JSON.valueToTree(io.redesk.sdk.model.Money.of("20000000.00", "CNY")));
        }
        if (!risk.has("limit")) {
            risk.set("limit", JSON.valueToTree(io.redesk.sdk.model.Money.of("500000000.00", "CNY")));
        }
        try {
            Placement p = alice.placements().create(new PlacementCreateRequest("Generated " + umr, DemoSeed.DONGFANG, null,
                    JSON.treeToValue(wire, io.redesk.sdk.model.placement.Slip.class)));
            return p.id().toString();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A new valid value for {@code field} (different from {@code current} where it can be), or "" to empty it. */
    private static String newValue(SlipField field, String kind, String current, String word, int n, int pick) {
        boolean empty = !REQUIRED.contains(field) && !current.isEmpty() && pick % 7 == 0;
        if (empty) {
            return "";
        }
        String money = (n * 1_000_003L) + "." + String.format("%02d", pick % 100);
        return switch (field) {
            case INCEPTION -> LocalDate.parse(editor.field(SlipField.EXPIRY).get()).minusDays(n + 30L).toString();
            case EXPIRY -> LocalDate.parse(editor.field(SlipField.INCEPTION).get()).plusDays(n + 30L).toString();
            case TIME_ZONE -> Stream.of("Asia/Hong_Kong", "Europe/London", "Asia/Singapore", "Asia/Shanghai")
                    .filter(z -> !z.equals(current)).toList().get(pick % 3);
            case COUNTRY_OF_ORIGIN -> Stream.of("HK", "SG", "GB", "CN").filter(c -> !c.equals(current)).toList().get(pick % 3);
            case WRITTEN_LINE_BASIS -> other(WrittenLineBasis.values(), current, pick);
            case CLAIMS_BASIS -> other(ClaimsAgreementBasis.values(), current, pick);
            case CROSS_BORDER_RMB -> current.equals("true") ? "" : "true";
            case LINES -> String.valueOf(n % 20 + 1);
            case REINSTATEMENTS -> "100, " + n + ".5";
            case SUBJECTIVITIES -> word + " report | 2026-12-" + String.format("%02d", n % 28 + 1);
            case OTHER_DEDUCTIONS -> word + ": " + (n % 10 + 1) + ".25";
            case CONDITIONS, EXCLUSIONS, AGREEMENT_PARTIES -> word + " one\n" + word + " two " + n;
            // the domain's rule: an aggregate limit is at least the layer limit
            case AGGREGATE_LIMIT -> new java.math.BigDecimal(editor.field(SlipField.LIMIT).get().isEmpty() ? "0"
                    : editor.field(SlipField.LIMIT).get()).add(new java.math.BigDecimal(money)).toPlainString();
            case SUM_INSURED, LIMIT_PER_RISK, RETENTION, EXCESS, PREMIUM -> money;
            case LIMIT -> kind.equals("STOP_LOSS") ? String.valueOf(200 + n)
                    // at most the aggregate limit, when there is one
                    : editor.field(SlipField.AGGREGATE_LIMIT).get().isEmpty() ? money
                    : new java.math.BigDecimal(editor.field(SlipField.AGGREGATE_LIMIT).get())
                            .subtract(new java.math.BigDecimal(n)).toPlainString();
            case ATTACHMENT -> String.valueOf(100 + n) + ".5";
            case CEDED_SHARE, ORDER_HEREON, BROKERAGE -> n + ".5";
            default -> word + " " + n;
        };
    }

    /** Whether {@code a} and {@code b} say the same (2.5 and 2.5000 are one share, one amount). */
    private static boolean sameValue(SlipField field, String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        if ((field.input() == SlipField.Input.SHARE || field.input() == SlipField.Input.MONEY) && !a.isEmpty() && !b.isEmpty()) {
            try {
                return new java.math.BigDecimal(a).compareTo(new java.math.BigDecimal(b)) == 0;
            } catch (NumberFormatException e) {
                return false;
            }
        }
        return false;
    }

    private static <E extends Enum<E>> String other(E[] choices, String current, int pick) {
        List<String> names = java.util.Arrays.stream(choices).map(Enum::name).filter(c -> !c.equals(current)).toList();
        return names.get(pick % names.size());
    }

    /** Where {@code field} lives on the exchange's slip (the specification of the mapping). */
    private static String wirePath(SlipField field, String kind) {
        return switch (field) {
            case REINSURED -> "riskDetails.reinsured";
            case INSURED -> "riskDetails.insured";
            case INCEPTION -> "riskDetails.periodStart";
            case EXPIRY -> "riskDetails.periodEnd";
            case TIME_ZONE -> "riskDetails.timeZone";
            case INTEREST -> "riskDetails.interest";
            case SUM_INSURED -> "riskDetails.sumInsured";
            case CEDED_SHARE -> "riskDetails.cededShare";
            case LIMIT_PER_RISK -> "riskDetails.limit";
            case RETENTION -> "riskDetails.retention";
            case LINES -> "riskDetails.lines";
            case LIMIT -> kind.equals("STOP_LOSS") ? "riskDetails.stopLossLimit" : "riskDetails.limit";
            case EXCESS -> "riskDetails.excess";
            case REINSTATEMENTS -> "riskDetails.reinstatementRates";
            case AGGREGATE_LIMIT -> "riskDetails.aggregateLimit";
            case ATTACHMENT -> "riskDetails.stopLossAttachment";
            case TERRITORIAL_SCOPE -> "riskDetails.territorialScope";
            case CONDITIONS -> "riskDetails.conditions";
            case EXCLUSIONS -> "riskDetails.exclusions";
            case CHOICE_OF_LAW -> "riskDetails.choiceOfLaw";
            case JURISDICTION -> "riskDetails.jurisdiction";
            case PREMIUM -> "riskDetails.premium";
            case PAYMENT_TERMS -> "riskDetails.paymentTerms";
            case TAXES -> "riskDetails.taxes";
            case SUBJECTIVITIES -> "riskDetails.subjectivities";
            case INFORMATION -> "information";
            case ORDER_HEREON -> "securityDetails.orderShare";
            case WRITTEN_LINE_BASIS -> "securityDetails.basisOfWrittenLines";
            case SIGNING_PROVISIONS -> "securityDetails.signingProvisions";
            case SLIP_LEADER -> "subscriptionAgreement.slipLeader";
            case AGREEMENT_PARTIES -> "subscriptionAgreement.agreementParties";
            case CLAIMS_BASIS -> "subscriptionAgreement.claimsAgreementBasis";
            case CLAIMS_ADMINISTRATION -> "subscriptionAgreement.claimsAdministration";
            case TAX_PAYABLE -> "fiscalRegulatory.taxPayable";
            case COUNTRY_OF_ORIGIN -> "fiscalRegulatory.countryOfOrigin";
            case REGULATORY_CLASS -> "fiscalRegulatory.regulatoryClass";
            case CROSS_BORDER_RMB -> "fiscalRegulatory.crossBorderRmb";
            case BROKERAGE -> "brokerRemuneration.brokerage";
            case OTHER_DEDUCTIONS -> "brokerRemuneration.otherDeductions";
            case UMR, KIND, CURRENCY -> throw new IllegalArgumentException(field + " is not changed here");
        };
    }

    /** The paths where two slips differ: values, lists and amounts compared whole; absent differs from present. */
    private static List<String> differences(Placement before, Placement after) {
        Map<String, JsonNode> a = leaves(JSON.valueToTree(before.slip()));
        Map<String, JsonNode> b = leaves(JSON.valueToTree(after.slip()));
        Set<String> paths = new LinkedHashSet<>(a.keySet());
        paths.addAll(b.keySet());
        List<String> out = new ArrayList<>();
        for (String p : paths) {
            if (!java.util.Objects.equals(a.get(p), b.get(p))) {
                out.add(p);
            }
        }
        return out;
    }

    private static Map<String, JsonNode> leaves(JsonNode slip) {
        Map<String, JsonNode> out = new java.util.TreeMap<>();
        collect("", slip, out);
        return out;
    }

    private static void collect(String prefix, JsonNode node, Map<String, JsonNode> out) {
        if (node.isObject() && !(node.has("amount") && node.has("currency"))) {
            node.fields().forEachRemaining(e -> collect(prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey(), e.getValue(), out));
        } else if (!node.isNull()) {
            out.put(prefix, node);
        }
    }

    private static List<String> refusals() {
        return engine.store().outbox().unfinished().stream()
                .map(e -> e.op() + " " + e.status() + " " + (e.lastError() == null ? "" : e.lastError())).toList();
    }
}
