package io.redesk.recon.match;

import io.redesk.domain.account.AgeBucket;
import io.redesk.recon.match.Explanation.Alternative;
import io.redesk.recon.model.Entry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The reconciliation engine of issue 13: matches ledger items against statement lines in explainable
 * passes and puts every item in exactly one group (DESIGN.md §2).
 *
 * <ol>
 *   <li>{@link Pass#REFERENCE}, {@link Pass#REFERENCE_IN_DESCRIPTION}: the same reference (or one
 *       side's reference as a token of the other's description, {@link References}), same currency,
 *       amounts equal ({@link MatchClass#EXACT}) or within the tolerance ({@link MatchClass#ROUNDING});
 *       no date limit, since a reference is the strongest evidence there is.</li>
 *   <li>{@link Pass#AMOUNT_COUNTERPARTY_DATE}: same currency, normalised counterparty
 *       ({@link CounterpartyNames}) and amount, dates within the window. Where equal amounts compete
 *       (one ledger item, two lines of its amount in the window) the items form an
 *       {@link MatchClass#AMBIGUOUS} group; k equal items on each side all within the window are
 *       paired in date order.</li>
 *   <li>{@link Pass#AMOUNT_WITHIN_TOLERANCE}: a non-zero difference within the tolerance, same
 *       currency and counterparty, within the window, where each item is the other's one best
 *       candidate (smallest difference, then nearest date): {@link MatchClass#ROUNDING} (尾差).</li>
 *   <li>{@link Pass#SUBSET_SUM}: for each item left, a bounded depth-first search for a subset of the
 *       other side's items (same counterparty, currency and sign, within the window; the nearest
 *       {@link MatchSettings#maxCandidates()}) summing to it exactly: one subset →
 *       {@link MatchClass#ONE_TO_MANY} or {@link MatchClass#MANY_TO_ONE}; two →
 *       {@link MatchClass#AMBIGUOUS}; a search cut short by its budget decides nothing.</li>
 *   <li>The rest: {@link MatchClass#UNMATCHED}, aged with {@code domain}'s {@link AgeBucket}.</li>
 * </ol>
 *
 * <p>Built for a million items a side: the rows are held in columns (primitive arrays), passes join by
 * hashing or by sorting row numbers, and the subset search only ever looks inside one counterparty ×
 * currency block and date window. Every order the engine walks in is by content (currency,
 * counterparty, amount, date, id), so the result does not depend on the order of the input.
 */
public final class Matcher {

    /** Largest |amount| the engine takes: sums of subsets then stay far inside a {@code long}. */
    public static final long MAX_ABS_AMOUNT_MINOR = 100_000_000_000_000_000L;

    private static final int MAX_RUN = 64;
    private static final int ROW_BITS = 21;
    private static final int ROW_MASK = (1 << ROW_BITS) - 1;
    private static final int KEY_BITS = 63 - ROW_BITS;

    /** A leading sort key of one row. */
    @FunctionalInterface
    private interface Key {
        long of(int row);
    }

    private static int bits(long values) {
        return values <= 1 ? 0 : 64 - Long.numberOfLeadingZeros(values - 1);
    }
    private static final int MAX_TOLERANCE_CANDIDATES = 32;

    private final MatchSettings settings;

    public Matcher(MatchSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /**
     * Reconciles {@code ledger} against {@code statement}.
     *
     * @throws IllegalArgumentException when an id repeats on one side or an amount exceeds
     *                                  {@link #MAX_ABS_AMOUNT_MINOR}
     */
    public ReconciliationResult reconcile(List<Entry> ledger, List<Entry> statement) {
        return new Run(List.copyOf(ledger), List.copyOf(statement)).run();
    }

    /** One side's rows in columns; {@code group[i] < 0} while row {@code i} is in no group. */
    private static final class Side {
        final List<Entry> entries;
        final int n;
        final int[] day;
        final int[] ccy;
        final int[] cp;
        final long[] amt;
        final String[] ref;
        final int[] group;
        int minDay = Integer.MAX_VALUE;
        int maxDay = Integer.MIN_VALUE;
        private int[] amountRanks;
        IntSort.Order byDateAmountId;
        IntSort.Order byBlockAmountDateId;
        IntSort.Order byBlockDateId;

        Side(List<Entry> entries, String name) {
            this.entries = entries;
            this.n = entries.size();
            day = new int[n];
            ccy = new int[n];
            cp = new int[n];
            amt = new long[n];
            ref = new String[n];
            group = new int[n];
            Arrays.fill(group, -1);
            Set<String> ids = new HashSet<>(n * 2);
            for (int i = 0; i < n; i++) {
                Entry e = entries.get(i);
                if (!ids.add(e.id())) {
                    throw new IllegalArgumentException(name + " id '" + e.id() + "' appears more than once");
                }
                if (Math.abs(e.amountMinor()) > MAX_ABS_AMOUNT_MINOR || e.amountMinor() == Long.MIN_VALUE) {
                    throw new IllegalArgumentException(name + " " + e.id() + ": amount beyond "
                            + MAX_ABS_AMOUNT_MINOR + " minor units");
                }
                day[i] = Math.toIntExact(e.date().toEpochDay());
                minDay = Math.min(minDay, day[i]);
                maxDay = Math.max(maxDay, day[i]);
                amt[i] = e.amountMinor();
                ref[i] = References.normalise(e.reference());
            }
        }

        String id(int i) {
            return entries.get(i).id();
        }

        /** The rank of row {@code i}'s amount among the side's amounts (equal amounts, equal rank). */
        int amountRank(int i) {
            if (amountRanks == null) {
                long[] sorted = amt.clone();
                Arrays.sort(sorted);
                int distinct = 0;
                for (int k = 0; k < sorted.length; k++) {
                    if (k == 0 || sorted[k] != sorted[k - 1]) {
                        sorted[distinct++] = sorted[k];
                    }
                }
                int[] ranks = new int[n];
                for (int k = 0; k < n; k++) {
                    ranks[k] = Arrays.binarySearch(sorted, 0, distinct, amt[k]);
                }
                amountRanks = ranks;
            }
            return amountRanks[i];
        }

        boolean free(int i) {
            return group[i] < 0;
        }

        int[] freeRows() {
            int count = 0;
            for (int i = 0; i < n; i++) {
                if (group[i] < 0) {
                    count++;
                }
            }
            int[] rows = new int[count];
            int k = 0;
            for (int i = 0; i < n; i++) {
                if (group[i] < 0) {
                    rows[k++] = i;
                }
            }
            return rows;
        }
    }

    /** A group before numbering: rows, not ids. */
    private record Draft(MatchClass cls, Pass pass, int score, int ccy, int[] ledgerRows, int[] statementRows,
                         String matchedOn, List<Alternative> alternatives) {
    }

    private final class Run {
        final Side l;
        final Side s;
        final Currency[] currencies;
        final long[] toleranceMinor;
        final String[] cpKeys;
        final int window = settings.dateWindowDays();
        final List<Draft> drafts = new ArrayList<>();
        long searches;
        long cutShort;
        boolean timeSpent;
        long deadline;

        Run(List<Entry> ledger, List<Entry> statement) {
            // the two sides are independent until the passes join them: build them on two threads
            CompletableFuture<Side> statementSide = CompletableFuture.supplyAsync(() -> new Side(statement, "statement"));
            l = new Side(ledger, "ledger");
            s = join(statementSide);
            // dictionaries numbered in sorted order, so every sort by them is by content, not input order
            TreeSet<String> codes = new TreeSet<>();
            Map<String, String> keyOfName = new HashMap<>();
            TreeSet<String> keys = new TreeSet<>();
            for (Side side : List.of(l, s)) {
                for (Entry e : side.entries) {
                    codes.add(e.currency().getCurrencyCode());
                    String key = keyOfName.get(e.counterparty());
                    if (key == null) {
                        key = settings.names().key(e.counterparty());
                        keyOfName.put(e.counterparty(), key);
                        keys.add(key);
                    }
                }
            }
            currencies = new Currency[codes.size()];
            toleranceMinor = new long[codes.size()];
            Map<Currency, Integer> ccyIndex = new HashMap<>();
            int c = 0;
            for (String code : codes) {
                currencies[c] = Currency.getInstance(code);
                toleranceMinor[c] = settings.toleranceMinor(currencies[c]);
                ccyIndex.put(currencies[c], c);
                c++;
            }
            cpKeys = keys.toArray(new String[0]);
            Map<String, Integer> keyIndex = new HashMap<>();
            for (int k = 0; k < cpKeys.length; k++) {
                keyIndex.put(cpKeys[k], k);
            }
            Map<String, Integer> cpOfName = new HashMap<>();
            keyOfName.forEach((name, key) -> cpOfName.put(name, keyIndex.get(key)));
            for (Side side : List.of(l, s)) {
                for (int i = 0; i < side.n; i++) {
                    Entry e = side.entries.get(i);
                    side.ccy[i] = ccyIndex.get(e.currency());
                    side.cp[i] = cpOfName.get(e.counterparty());
                }
                side.byDateAmountId = byDateAmountId(side);
                side.byBlockAmountDateId = byBlockAmountDateId(side);
                side.byBlockDateId = byBlockDateId(side);
            }
        }

        ReconciliationResult run() {
            referencePass(s, l, true);
            referencePass(l, s, false);
            amountWindowPass();
            tolerancePass();
            deadline = System.nanoTime() + settings.subsetTimeBudget().toNanos();
            subsetPass(l, s, MatchClass.ONE_TO_MANY);
            subsetPass(s, l, MatchClass.MANY_TO_ONE);
            unmatched();
            return new ReconciliationResult(materialise(), settings.asOf(), searches, cutShort, timeSpent);
        }

        // ---- orders -------------------------------------------------------------------------------

        IntSort.Order byDateAmountId(Side side) {
            return (a, b) -> {
                int c = Integer.compare(side.day[a], side.day[b]);
                if (c == 0) {
                    c = Long.compare(side.amt[a], side.amt[b]);
                }
                return c != 0 ? c : side.id(a).compareTo(side.id(b));
            };
        }

        IntSort.Order byBlockAmountDateId(Side side) {
            return (a, b) -> {
                int c = compareBlock(side, a, side, b);
                if (c == 0) {
                    c = Long.compare(side.amt[a], side.amt[b]);
                }
                if (c == 0) {
                    c = Integer.compare(side.day[a], side.day[b]);
                }
                return c != 0 ? c : side.id(a).compareTo(side.id(b));
            };
        }

        IntSort.Order byBlockDateId(Side side) {
            return (a, b) -> {
                int c = compareBlock(side, a, side, b);
                if (c == 0) {
                    c = Integer.compare(side.day[a], side.day[b]);
                }
                return c != 0 ? c : side.id(a).compareTo(side.id(b));
            };
        }

        int compareBlock(Side x, int a, Side y, int b) {
            int c = Integer.compare(x.ccy[a], y.ccy[b]);
            return c != 0 ? c : Integer.compare(x.cp[a], y.cp[b]);
        }

        /** Both sides' free rows, each sorted by its order, the statement side on a second thread. */
        int[][] sortedFree(IntSort.Order ledgerOrder, IntSort.Order statementOrder) {
            CompletableFuture<int[]> so = CompletableFuture.supplyAsync(() -> sortedFree(s, statementOrder));
            int[] lo = sortedFree(l, ledgerOrder);
            return new int[][] {lo, join(so)};
        }

        int[] sortedFree(Side side, IntSort.Order order) {
            int[] rows = side.freeRows();
            if (rows.length < 2) {
                return rows;
            }
            Key key = keyOf(side, order);
            if (key == null || side.n > ROW_MASK + 1) {
                IntSort.sort(rows, 0, rows.length, order);
                return rows;
            }
            // sort packed (leading key, row) longs, then order runs of equal leading keys by the full order
            long[] packed = new long[rows.length];
            for (int k = 0; k < rows.length; k++) {
                packed[k] = (key.of(rows[k]) << ROW_BITS) | rows[k];
            }
            Arrays.sort(packed);
            for (int k = 0; k < rows.length; k++) {
                rows[k] = (int) (packed[k] & ROW_MASK);
            }
            int start = 0;
            for (int k = 1; k <= rows.length; k++) {
                if (k == rows.length || (packed[k] >>> ROW_BITS) != (packed[start] >>> ROW_BITS)) {
                    if (k - start > 1) {
                        IntSort.sort(rows, start, k, order);
                    }
                    start = k;
                }
            }
            return rows;
        }

        /**
         * A leading key of at most {@value #KEY_BITS} bits that agrees with {@code order} (a smaller key
         * never sorts later), or null when the side's currencies, parties or dates do not fit in it.
         */
        Key keyOf(Side side, IntSort.Order order) {
            int ccyBits = bits(currencies.length);
            int cpBits = bits(cpKeys.length);
            int dayBits = bits(side.maxDay - side.minDay + 1);
            int rankBits = bits(side.n);
            if (order == side.byDateAmountId) {
                return dayBits + rankBits > KEY_BITS ? null
                        : r -> ((long) (side.day[r] - side.minDay) << rankBits) | side.amountRank(r);
            }
            if (order == side.byBlockAmountDateId) {
                return ccyBits + cpBits + rankBits > KEY_BITS ? null
                        : r -> ((((long) side.ccy[r] << cpBits) | side.cp[r]) << rankBits) | side.amountRank(r);
            }
            if (order == side.byBlockDateId) {
                return ccyBits + cpBits + dayBits > KEY_BITS ? null
                        : r -> ((((long) side.ccy[r] << cpBits) | side.cp[r]) << dayBits) | (side.day[r] - side.minDay);
            }
            return null;
        }

        // ---- groups -------------------------------------------------------------------------------

        void add(MatchClass cls, Pass pass, int score, int[] ledgerRows, int[] statementRows, String matchedOn,
                 List<Alternative> alternatives) {
            int ccy = ledgerRows.length > 0 ? l.ccy[ledgerRows[0]] : s.ccy[statementRows[0]];
            int number = drafts.size();
            for (int r : ledgerRows) {
                assert l.group[r] < 0;
                l.group[r] = number;
            }
            for (int r : statementRows) {
                assert s.group[r] < 0;
                s.group[r] = number;
            }
            drafts.add(new Draft(cls, pass, Math.max(0, score), ccy, ledgerRows, statementRows, matchedOn,
                    alternatives));
        }

        void addPair(Pass pass, int score, int lr, int sr, String matchedOn) {
            MatchClass cls = l.amt[lr] == s.amt[sr] ? MatchClass.EXACT : MatchClass.ROUNDING;
            add(cls, pass, cls == MatchClass.EXACT ? score : score - 10, new int[] {lr}, new int[] {sr}, matchedOn,
                    List.of());
        }

        List<MatchGroup> materialise() {
            List<MatchGroup> groups = new ArrayList<>(drafts.size());
            LocalDate asOf = settings.asOf();
            for (int g = 0; g < drafts.size(); g++) {
                Draft d = drafts.get(g);
                long diff = 0;
                int minDay = Integer.MAX_VALUE;
                int maxDay = Integer.MIN_VALUE;
                List<String> lids = new ArrayList<>(d.ledgerRows().length);
                for (int r : d.ledgerRows()) {
                    diff += l.amt[r];
                    minDay = Math.min(minDay, l.day[r]);
                    maxDay = Math.max(maxDay, l.day[r]);
                    lids.add(l.id(r));
                }
                List<String> sids = new ArrayList<>(d.statementRows().length);
                for (int r : d.statementRows()) {
                    diff -= s.amt[r];
                    minDay = Math.min(minDay, s.day[r]);
                    maxDay = Math.max(maxDay, s.day[r]);
                    sids.add(s.id(r));
                }
                lids.sort(null); // ids by content, not by the rows' input order
                sids.sort(null);
                AgeBucket age = d.cls() == MatchClass.UNMATCHED || d.cls() == MatchClass.AMBIGUOUS
                        ? AgeBucket.of(LocalDate.ofEpochDay(minDay), asOf) : null;
                groups.add(new MatchGroup(g + 1, d.cls(), d.pass(), d.score(), currencies[d.ccy()], lids, sids, diff,
                        age, new Explanation(d.matchedOn(), maxDay - minDay, d.alternatives())));
            }
            return groups;
        }

        // ---- pass 1: references -------------------------------------------------------------------

        /**
         * Probes {@code from}'s rows (their reference when {@code from} is the statement, and their
         * description's tokens) against an index of {@code to}'s references.
         */
        void referencePass(Side from, Side to, boolean fromIsStatement) {
            Map<String, Integer> head = new HashMap<>();
            int[] next = new int[to.n];
            for (int i = to.n - 1; i >= 0; i--) {
                if (to.free(i) && !to.ref[i].isEmpty()) {
                    Integer h = head.put(to.ref[i], i);
                    next[i] = h == null ? -1 : h;
                }
            }
            if (head.isEmpty()) {
                return;
            }
            int[] rows = sortedFree(from, from.byDateAmountId);
            for (int f : rows) {
                if (fromIsStatement && !from.ref[f].isEmpty()) {
                    int t = bestByReference(head.get(from.ref[f]), next, from, f, to);
                    if (t >= 0) {
                        pair(fromIsStatement, Pass.REFERENCE, 100, f, t, from.ref[f]);
                        continue;
                    }
                }
                for (String token : References.tokens(from.entries.get(f).description())) {
                    int t = bestByReference(head.get(token), next, from, f, to);
                    if (t >= 0) {
                        pair(fromIsStatement, Pass.REFERENCE_IN_DESCRIPTION, 95, f, t, token);
                        break;
                    }
                }
            }
        }

        void pair(boolean fromIsStatement, Pass pass, int score, int f, int t, String matchedOn) {
            if (fromIsStatement) {
                addPair(pass, score, t, f, matchedOn);
            } else {
                addPair(pass, score, f, t, matchedOn);
            }
        }

        /** The free row of {@code to} with this reference nearest {@code from[f]}: smallest difference, date, id. */
        int bestByReference(Integer first, int[] next, Side from, int f, Side to) {
            if (first == null) {
                return -1;
            }
            long tol = toleranceMinor[from.ccy[f]];
            int best = -1;
            long bestDiff = 0;
            int bestDays = 0;
            for (int t = first; t >= 0; t = next[t]) {
                if (!to.free(t) || to.ccy[t] != from.ccy[f]) {
                    continue;
                }
                long diff = Math.abs(to.amt[t] - from.amt[f]);
                if (diff > tol) {
                    continue;
                }
                int days = Math.abs(to.day[t] - from.day[f]);
                if (best < 0 || diff < bestDiff || (diff == bestDiff && (days < bestDays
                        || (days == bestDays && to.id(t).compareTo(to.id(best)) < 0)))) {
                    best = t;
                    bestDiff = diff;
                    bestDays = days;
                }
            }
            return best;
        }

        // ---- pass 2: amount + counterparty within the date window ---------------------------------

        void amountWindowPass() {
            int[][] sorted = sortedFree(l.byBlockAmountDateId, s.byBlockAmountDateId);
            int[] lo = sorted[0];
            int[] so = sorted[1];
            int i = 0;
            int j = 0;
            while (i < lo.length && j < so.length) {
                int c = compareAmountKey(lo[i], so[j]);
                if (c < 0) {
                    i++;
                } else if (c > 0) {
                    j++;
                } else {
                    int ie = i + 1;
                    while (ie < lo.length && compareAmountKey(lo[ie], so[j]) == 0) {
                        ie++;
                    }
                    int je = j + 1;
                    while (je < so.length && compareAmountKey(lo[i], so[je]) == 0) {
                        je++;
                    }
                    sameAmount(lo, i, ie, so, j, je);
                    i = ie;
                    j = je;
                }
            }
        }

        int compareAmountKey(int lr, int sr) {
            int c = compareBlock(l, lr, s, sr);
            return c != 0 ? c : Long.compare(l.amt[lr], s.amt[sr]);
        }

        /** Rows of one (currency, counterparty, amount), each list in date order: cut into runs the window links. */
        void sameAmount(int[] lo, int i0, int i1, int[] so, int j0, int j1) {
            List<Integer> runL = new ArrayList<>();
            List<Integer> runS = new ArrayList<>();
            int i = i0;
            int j = j0;
            int lastDay = Integer.MIN_VALUE;
            while (i < i1 || j < j1) {
                boolean takeL = j >= j1 || (i < i1 && l.day[lo[i]] <= s.day[so[j]]);
                int day = takeL ? l.day[lo[i]] : s.day[so[j]];
                if (lastDay != Integer.MIN_VALUE && day - lastDay > window) {
                    resolveRun(runL, runS);
                    runL.clear();
                    runS.clear();
                }
                if (takeL) {
                    runL.add(lo[i++]);
                } else {
                    runS.add(so[j++]);
                }
                lastDay = day;
            }
            resolveRun(runL, runS);
        }

        void resolveRun(List<Integer> runL, List<Integer> runS) {
            int kl = runL.size();
            int ks = runS.size();
            if (kl == 0 || ks == 0) {
                return;
            }
            String key = cpKeys[l.cp[runL.get(0)]];
            if (kl == ks) {
                boolean inOrder = true;
                for (int x = 0; x < kl && inOrder; x++) {
                    inOrder = Math.abs(l.day[runL.get(x)] - s.day[runS.get(x)]) <= window;
                }
                if (inOrder) {
                    for (int x = 0; x < kl; x++) {
                        int lr = runL.get(x);
                        int sr = runS.get(x);
                        addPair(Pass.AMOUNT_COUNTERPARTY_DATE, 90 - 2 * Math.abs(l.day[lr] - s.day[sr]), lr, sr, key);
                    }
                    return;
                }
            }
            if (kl + ks > MAX_RUN) {
                return; // too many equal amounts to tell apart: the subset pass and the user see them
            }
            boolean[][] edge = new boolean[kl][ks];
            int[] degL = new int[kl];
            int[] degS = new int[ks];
            for (int x = 0; x < kl; x++) {
                for (int y = 0; y < ks; y++) {
                    if (Math.abs(l.day[runL.get(x)] - s.day[runS.get(y)]) <= window) {
                        edge[x][y] = true;
                        degL[x]++;
                        degS[y]++;
                    }
                }
            }
            boolean[] doneL = new boolean[kl];
            boolean[] doneS = new boolean[ks];
            for (int x = 0; x < kl; x++) {
                if (degL[x] != 1) {
                    continue;
                }
                int y = 0;
                while (!edge[x][y]) {
                    y++;
                }
                if (degS[y] == 1) {
                    int lr = runL.get(x);
                    int sr = runS.get(y);
                    addPair(Pass.AMOUNT_COUNTERPARTY_DATE, 90 - 2 * Math.abs(l.day[lr] - s.day[sr]), lr, sr, key);
                    doneL[x] = true;
                    doneS[y] = true;
                }
            }
            // what is left with a candidate competes for equal amounts: one AMBIGUOUS group per linked set
            int[] comp = new int[kl + ks];
            Arrays.fill(comp, -1);
            int comps = 0;
            for (int start = 0; start < kl; start++) {
                if (doneL[start] || degL[start] == 0 || comp[start] >= 0) {
                    continue;
                }
                List<Integer> stack = new ArrayList<>(List.of(start));
                comp[start] = comps;
                while (!stack.isEmpty()) {
                    int v = stack.remove(stack.size() - 1);
                    if (v < kl) {
                        for (int y = 0; y < ks; y++) {
                            if (edge[v][y] && !doneS[y] && comp[kl + y] < 0) {
                                comp[kl + y] = comps;
                                stack.add(kl + y);
                            }
                        }
                    } else {
                        for (int x = 0; x < kl; x++) {
                            if (edge[x][v - kl] && !doneL[x] && comp[x] < 0) {
                                comp[x] = comps;
                                stack.add(x);
                            }
                        }
                    }
                }
                comps++;
            }
            for (int c = 0; c < comps; c++) {
                List<Integer> ls = new ArrayList<>();
                List<Integer> ss = new ArrayList<>();
                List<Alternative> alternatives = new ArrayList<>();
                for (int x = 0; x < kl; x++) {
                    if (comp[x] == c) {
                        ls.add(runL.get(x));
                        for (int y = 0; y < ks; y++) {
                            if (edge[x][y] && comp[kl + y] == c) {
                                alternatives.add(new Alternative(List.of(l.id(runL.get(x))),
                                        List.of(s.id(runS.get(y)))));
                            }
                        }
                    }
                }
                for (int y = 0; y < ks; y++) {
                    if (comp[kl + y] == c) {
                        ss.add(runS.get(y));
                    }
                }
                add(MatchClass.AMBIGUOUS, Pass.AMOUNT_COUNTERPARTY_DATE, 0, toArray(ls), toArray(ss), key,
                        alternatives);
            }
        }

        // ---- pass 3: amount within the tolerance (尾差) --------------------------------------------

        void tolerancePass() {
            int[][] sorted = sortedFree(l.byBlockAmountDateId, s.byBlockAmountDateId);
            int[] lo = sorted[0];
            int[] so = sorted[1];
            IntList pairL = new IntList();
            IntList pairS = new IntList();
            LongList pairKey = new LongList();
            int start = 0;
            for (int lr : lo) {
                long tol = toleranceMinor[l.ccy[lr]];
                if (tol == 0) {
                    continue;
                }
                long low = l.amt[lr] - tol;
                while (start < so.length && (compareBlock(s, so[start], l, lr) < 0
                        || (compareBlock(s, so[start], l, lr) == 0 && s.amt[so[start]] < low))) {
                    start++;
                }
                int found = 0;
                for (int j = start; j < so.length && found < MAX_TOLERANCE_CANDIDATES; j++) {
                    int sr = so[j];
                    if (compareBlock(s, sr, l, lr) != 0 || s.amt[sr] > l.amt[lr] + tol) {
                        break;
                    }
                    long diff = Math.abs(l.amt[lr] - s.amt[sr]);
                    int days = Math.abs(l.day[lr] - s.day[sr]);
                    if (diff == 0 || days > window) {
                        continue;
                    }
                    pairL.add(lr);
                    pairS.add(sr);
                    pairKey.add(diff * 8192 + days);
                    found++;
                }
            }
            if (pairL.size() == 0) {
                return;
            }
            Map<Integer, long[]> bestOfL = new HashMap<>(); // row → {key, partner, count}
            Map<Integer, long[]> bestOfS = new HashMap<>();
            for (int p = 0; p < pairL.size(); p++) {
                best(bestOfL, pairL.get(p), pairKey.get(p), pairS.get(p));
                best(bestOfS, pairS.get(p), pairKey.get(p), pairL.get(p));
            }
            for (int p = 0; p < pairL.size(); p++) {
                int lr = pairL.get(p);
                int sr = pairS.get(p);
                long[] bl = bestOfL.get(lr);
                long[] bs = bestOfS.get(sr);
                if (bl[1] == sr && bl[2] == 1 && bs[1] == lr && bs[2] == 1 && l.free(lr) && s.free(sr)) {
                    add(MatchClass.ROUNDING, Pass.AMOUNT_WITHIN_TOLERANCE, 80 - 2 * Math.abs(l.day[lr] - s.day[sr]),
                            new int[] {lr}, new int[] {sr}, cpKeys[l.cp[lr]], List.of());
                }
            }
        }

        private void best(Map<Integer, long[]> best, int row, long key, int partner) {
            long[] b = best.get(row);
            if (b == null) {
                best.put(row, new long[] {key, partner, 1});
            } else if (key < b[0]) {
                b[0] = key;
                b[1] = partner;
                b[2] = 1;
            } else if (key == b[0]) {
                b[2]++;
            }
        }

        // ---- pass 4: bounded subset search --------------------------------------------------------

        /** Each free row of {@code one}: a subset of {@code many}'s free rows that sums to it. */
        void subsetPass(Side one, Side many, MatchClass cls) {
            int[][] sorted = sortedFree(l.byBlockDateId, s.byBlockDateId);
            int[] oo = one == l ? sorted[0] : sorted[1];
            int[] mo = one == l ? sorted[1] : sorted[0];
            SubsetSearch search = new SubsetSearch(settings.maxSubsetSize(), settings.maxCandidates(),
                    settings.nodesPerSearch());
            int[] cand = new int[mo.length == 0 ? 1 : Math.min(mo.length, 4096)];
            int blockStart = 0;
            int low = 0;
            for (int t : oo) {
                if (timeSpent) {
                    return;
                }
                // the block of t on the many side: rows [blockStart, blockEnd) of mo
                while (blockStart < mo.length && compareBlock(many, mo[blockStart], one, t) < 0) {
                    blockStart++;
                }
                if (low < blockStart) {
                    low = blockStart;
                }
                while (low < mo.length && compareBlock(many, mo[low], one, t) == 0
                        && many.day[mo[low]] < one.day[t] - window) {
                    low++;
                }
                long target = one.amt[t];
                if (target == 0) {
                    continue;
                }
                int count = 0;
                for (int k = low; k < mo.length && count < cand.length; k++) {
                    int c = mo[k];
                    if (compareBlock(many, c, one, t) != 0 || many.day[c] > one.day[t] + window) {
                        break;
                    }
                    if (many.free(c) && Long.signum(many.amt[c]) == Long.signum(target)
                            && Math.abs(many.amt[c]) < Math.abs(target)) {
                        cand[count++] = c;
                    }
                }
                if (count < 2) {
                    continue;
                }
                if (System.nanoTime() > deadline) {
                    timeSpent = true;
                    return;
                }
                searches++;
                int[] chosen = nearest(cand, count, one.day[t], many);
                SubsetSearch.Outcome outcome = search.run(chosen, many.amt, target);
                if (outcome == SubsetSearch.Outcome.CUT_SHORT) {
                    cutShort++;
                    continue;
                }
                if (outcome == SubsetSearch.Outcome.NONE) {
                    continue;
                }
                boolean oneIsLedger = one == l;
                String key = cpKeys[one.cp[t]];
                int[] first = search.solution(0);
                if (outcome == SubsetSearch.Outcome.ONE) {
                    if (oneIsLedger) {
                        add(cls, Pass.SUBSET_SUM, 70 - span(one, t, many, first), new int[] {t}, first, key, List.of());
                    } else {
                        add(cls, Pass.SUBSET_SUM, 70 - span(one, t, many, first), first, new int[] {t}, key, List.of());
                    }
                } else {
                    int[] second = search.solution(1);
                    int[] union = union(first, second);
                    List<Alternative> alternatives = List.of(alternative(oneIsLedger, one, t, many, first),
                            alternative(oneIsLedger, one, t, many, second));
                    if (oneIsLedger) {
                        add(MatchClass.AMBIGUOUS, Pass.SUBSET_SUM, 0, new int[] {t}, union, key, alternatives);
                    } else {
                        add(MatchClass.AMBIGUOUS, Pass.SUBSET_SUM, 0, union, new int[] {t}, key, alternatives);
                    }
                }
            }
        }

        /** The candidates to search: all when few, else the nearest in date (then by id), sorted by row. */
        int[] nearest(int[] cand, int count, int day, Side many) {
            Integer[] rows = new Integer[count];
            for (int k = 0; k < count; k++) {
                rows[k] = cand[k];
            }
            if (count > settings.maxCandidates()) {
                Arrays.sort(rows, (a, b) -> {
                    int c = Integer.compare(Math.abs(many.day[a] - day), Math.abs(many.day[b] - day));
                    return c != 0 ? c : many.id(a).compareTo(many.id(b));
                });
                rows = Arrays.copyOf(rows, settings.maxCandidates());
            }
            // the search walks largest first; equal amounts by id, so its first solution is by content
            Arrays.sort(rows, (a, b) -> {
                int c = Long.compare(Math.abs(many.amt[b]), Math.abs(many.amt[a]));
                return c != 0 ? c : many.id(a).compareTo(many.id(b));
            });
            int[] out = new int[rows.length];
            for (int k = 0; k < rows.length; k++) {
                out[k] = rows[k];
            }
            return out;
        }

        int span(Side one, int t, Side many, int[] rows) {
            int max = 0;
            for (int r : rows) {
                max = Math.max(max, Math.abs(many.day[r] - one.day[t]));
            }
            return max;
        }

        Alternative alternative(boolean oneIsLedger, Side one, int t, Side many, int[] rows) {
            List<String> manyIds = new ArrayList<>();
            for (int r : rows) {
                manyIds.add(many.id(r));
            }
            return oneIsLedger ? new Alternative(List.of(one.id(t)), manyIds)
                    : new Alternative(manyIds, List.of(one.id(t)));
        }

        // ---- pass 5: the rest ---------------------------------------------------------------------

        void unmatched() {
            int[][] sorted = sortedFree(l.byDateAmountId, s.byDateAmountId);
            for (int r : sorted[0]) {
                add(MatchClass.UNMATCHED, Pass.NONE, 0, new int[] {r}, new int[0], "", List.of());
            }
            for (int r : sorted[1]) {
                add(MatchClass.UNMATCHED, Pass.NONE, 0, new int[0], new int[] {r}, "", List.of());
            }
        }
    }

    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }

    private static int[] toArray(List<Integer> list) {
        int[] out = new int[list.size()];
        for (int k = 0; k < out.length; k++) {
            out[k] = list.get(k);
        }
        return out;
    }

    private static int[] union(int[] a, int[] b) {
        TreeSet<Integer> all = new TreeSet<>();
        for (int x : a) {
            all.add(x);
        }
        for (int x : b) {
            all.add(x);
        }
        return toArray(new ArrayList<>(all));
    }

    /** A growable {@code int} list. */
    static final class IntList {
        private int[] a = new int[16];
        private int n;

        void add(int v) {
            if (n == a.length) {
                a = Arrays.copyOf(a, n * 2);
            }
            a[n++] = v;
        }

        int get(int i) {
            return a[i];
        }

        int size() {
            return n;
        }
    }

    /** A growable {@code long} list. */
    static final class LongList {
        private long[] a = new long[16];
        private int n;

        void add(long v) {
            if (n == a.length) {
                a = Arrays.copyOf(a, n * 2);
            }
            a[n++] = v;
        }

        long get(int i) {
            return a[i];
        }
    }
}
