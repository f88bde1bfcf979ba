package io.redesk.store.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns searchable text (names, references) into the terms the blind index stores, and a query into
 * the terms that must all be present. Semantics, identical for indexing and querying:
 * <ul>
 *   <li>Normalisation: Unicode NFKC (full-width ＡＢＣ１２ = ABC12), case folded, accents removed
 *       (Zürich = zurich).</li>
 *   <li>Tokens: runs of letters and digits; every other character separates tokens
 *       ({@code B0999-ABC/2026} has tokens {@code b0999}, {@code abc}, {@code 2026}).</li>
 *   <li>Latin/digit tokens match by prefix from {@value #MIN_PREFIX} characters ("pac" finds
 *       "Pacific"); a shorter query token must equal a whole token ("qs").</li>
 *   <li>A Latin/digit token that ends in a run of at least {@value #MIN_PREFIX} digits after a letter is
 *       also findable by that run, by the same prefix rule: a market reference is searched by its
 *       serial ("2027001" and "2027" find B0999HT2027001).</li>
 *   <li>Han, kana and hangul are written without spaces, so each such run is indexed as single
 *       characters and character pairs; a query run matches records containing all of its pairs
 *       (中国再保 finds 中国再保险集团).</li>
 *   <li>A query matches a record when every query term matches (AND). No fuzzy matching, no
 *       infix search inside Latin words.</li>
 * </ul>
 */
public final class SearchTerms {

    /** Shortest prefix of a Latin/digit token that is indexed (and searchable as a prefix). */
    public static final int MIN_PREFIX = 3;

    /** Prefixes are indexed up to this length; longer query tokens are cut to it. */
    public static final int MAX_PREFIX = 24;

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private SearchTerms() {
    }

    /** Every term a record with these texts is findable by. */
    public static Set<String> forIndex(List<String> texts) {
        Set<String> terms = new LinkedHashSet<>();
        for (String text : texts) {
            if (text == null) {
                continue;
            }
            for (Token t : tokens(text)) {
                if (t.cjk) {
                    addCjk(t.text, terms);
                } else {
                    for (String s : findableForms(t.text)) {
                        terms.add(cut(s));
                        for (int len = MIN_PREFIX; len < Math.min(s.length(), MAX_PREFIX); len++) {
                            terms.add(s.substring(0, len));
                        }
                    }
                }
            }
        }
        return terms;
    }

    /** The terms a query requires; empty when the query holds nothing searchable. */
    public static Set<String> forQuery(String query) {
        Set<String> terms = new LinkedHashSet<>();
        for (Token t : tokens(query == null ? "" : query)) {
            if (t.cjk) {
                if (t.text.codePointCount(0, t.text.length()) == 1) {
                    terms.add(t.text);
                } else {
                    addPairs(t.text, terms);
                }
            } else {
                terms.add(cut(t.text));
            }
        }
        return terms;
    }

    /**
     * Whether a record with these texts is findable by every one of {@code queryTerms}: exactly
     * {@code forIndex(texts).containsAll(queryTerms)}, without building every prefix (search re-checks
     * each decrypted hit with this).
     */
    public static boolean matchesAll(List<String> texts, Set<String> queryTerms) {
        return SearchKey.of(texts).matches(SearchKey.Query.of(queryTerms));
    }

    /** Normalises text the way both sides do: NFKC, case fold, strip accents. */
    public static String normalise(String text) {
        if (isAscii(text)) {
            // NFKC, NFD and NFC leave ASCII as it is, and it has no marks; folding is lower case.
            return text.toLowerCase(Locale.ROOT);
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC);
        // Java has no full case folding: upper-then-lower also folds ß->ss and final sigma.
        s = s.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
        s = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
        return Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /**
     * A Latin/digit token, and its closing run of digits when letters come before it and it is at least
     * {@value #MIN_PREFIX} long: a reference's serial ({@code b0999ht2027001}: itself and {@code 2027001}).
     * Only that one tail: every tail from each letter/digit switch cost 85% more CPU per record written
     * (ADR 0813). The index and {@link SearchKey} both use exactly these forms.
     */
    static List<String> findableForms(String token) {
        int i = token.length();
        while (i > 0 && isAsciiDigit(token.charAt(i - 1))) {
            i--;
        }
        if (i == 0 || token.length() - i < MIN_PREFIX || !Character.isLetter(token.charAt(i - 1))) {
            return List.of(token);
        }
        return List.of(token, token.substring(i));
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static String cut(String s) {
        return s.length() > MAX_PREFIX ? s.substring(0, MAX_PREFIX) : s;
    }

    private static void addCjk(String run, Set<String> terms) {
        int[] cps = run.codePoints().toArray();
        for (int i = 0; i < cps.length; i++) {
            terms.add(new String(cps, i, 1));
            if (i + 1 < cps.length) {
                terms.add(new String(cps, i, 2));
            }
        }
    }

    private static void addPairs(String run, Set<String> terms) {
        int[] cps = run.codePoints().toArray();
        for (int i = 0; i + 1 < cps.length; i++) {
            terms.add(new String(cps, i, 2));
        }
    }

    record Token(String text, boolean cjk) {
    }

    /** The normalised tokens of {@code raw}: runs of letters and digits, Han/kana/hangul runs apart. */
    static List<Token> tokens(String raw) {
        String s = normalise(raw);
        List<Token> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean curCjk = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isLetterOrDigit(cp)) {
                flush(cur, curCjk, out);
                continue;
            }
            boolean cjk = isCjk(cp);
            if (cur.length() > 0 && cjk != curCjk) {
                flush(cur, curCjk, out);
            }
            curCjk = cjk;
            cur.appendCodePoint(cp);
        }
        flush(cur, curCjk, out);
        return out;
    }

    private static void flush(StringBuilder cur, boolean cjk, List<Token> out) {
        if (cur.length() > 0) {
            out.add(new Token(cur.toString(), cjk));
            cur.setLength(0);
        }
    }

    static boolean isCjk(int cp) {
        if (cp < 0x80) {
            // ASCII is Latin or common script: skip the script table's binary search (hot on every
            // indexed and re-checked character).
            return false;
        }
        Character.UnicodeScript sc = Character.UnicodeScript.of(cp);
        return sc == Character.UnicodeScript.HAN || sc == Character.UnicodeScript.HIRAGANA
                || sc == Character.UnicodeScript.KATAKANA || sc == Character.UnicodeScript.HANGUL;
    }
}
