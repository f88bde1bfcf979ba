package io.redesk.store.search;

import java.util.List;

/**
 * The searchable texts of one record, normalised once and kept in memory, answering a query with the
 * same semantics as the blind index ({@link SearchTerms}) but without touching the vault.
 *
 * <p>Why: a list that already holds every record decrypted (the slips list holds 100,000) filters as
 * the user types. Asking the index per keystroke means a query plus a plaintext re-check of every hit,
 * seconds for a three-letter prefix that matches everything; scanning compact in-memory keys takes
 * milliseconds. {@code SearchKeyTest} checks, property-based, that a key matches a query exactly when
 * the index terms of its texts contain the query's terms.
 *
 * <p>Layout: one string per record, each token preceded by a space ({@code " yangshan port 洋山港"}), a
 * Latin/digit token followed by its closing serial when it has one ({@link SearchTerms#findableForms});
 * a Latin/digit query term matches a token that starts with it (a term shorter than
 * {@value SearchTerms#MIN_PREFIX} characters must be the whole token), a Han/kana/hangul term (one
 * character or a pair) matches inside a run. Runs never touch each other, so a pair never spans two.
 */
public final class SearchKey {

    private static final char SEP = ' ';

    private final String haystack;

    private SearchKey(String haystack) {
        this.haystack = haystack;
    }

    /** The key of a record with these searchable texts (nulls skipped). */
    public static SearchKey of(List<String> texts) {
        StringBuilder b = new StringBuilder();
        for (String text : texts) {
            if (text == null) {
                continue;
            }
            for (SearchTerms.Token t : SearchTerms.tokens(text)) {
                if (t.cjk()) {
                    b.append(SEP).append(t.text());
                } else {
                    // a market reference is findable by its serial too, as the index has it
                    for (String form : SearchTerms.findableForms(t.text())) {
                        b.append(SEP).append(form);
                    }
                }
            }
        }
        b.append(SEP);
        return new SearchKey(b.toString());
    }

    /** Whether this record matches every term of {@code query} (a query with no terms matches all). */
    public boolean matches(Query query) {
        for (String term : query.latin) {
            if (!hasTokenStartingWith(term)) {
                return false;
            }
        }
        for (String term : query.cjk) {
            if (!haystack.contains(term)) {
                return false;
            }
        }
        return true;
    }

    private boolean hasTokenStartingWith(String term) {
        boolean whole = term.length() < SearchTerms.MIN_PREFIX;
        int from = 0;
        while (true) {
            int at = haystack.indexOf(term, from);
            if (at < 0) {
                return false;
            }
            if (haystack.charAt(at - 1) == SEP
                    && (!whole || haystack.charAt(at + term.length()) == SEP)) {
                return true;
            }
            from = at + 1;
        }
    }

    /** A parsed query, made once per keystroke and matched against every key. */
    public static final class Query {
        private final String[] latin;
        private final String[] cjk;

        private Query(String[] latin, String[] cjk) {
            this.latin = latin;
            this.cjk = cjk;
        }

        /** Parses {@code text} into its terms, exactly as {@link SearchTerms#forQuery} does. */
        public static Query parse(String text) {
            return of(SearchTerms.forQuery(text));
        }

        /** A query of terms already made by {@link SearchTerms#forQuery} (or read back from the index). */
        public static Query of(java.util.Collection<String> terms) {
            List<String> latin = new java.util.ArrayList<>();
            List<String> cjk = new java.util.ArrayList<>();
            for (String term : terms) {
                if (SearchTerms.isCjk(term.codePointAt(0))) {
                    cjk.add(term);
                } else {
                    latin.add(term);
                }
            }
            return new Query(latin.toArray(String[]::new), cjk.toArray(String[]::new));
        }

        /** True when the text held nothing searchable (only spaces or punctuation): everything matches. */
        public boolean isEmpty() {
            return latin.length == 0 && cjk.length == 0;
        }
    }
}
