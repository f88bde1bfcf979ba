package io.redesk.recon.match;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Turns a counterparty's name as a source writes it into the key the matcher blocks on, so that
 * "Swiss Re Co., Ltd.", "SWISS RE" and "ＳＷＩＳＳ　Ｒｅ" are one party and 太平再保险股份有限公司 is 太平再保险有限公司.
 *
 * <p>Steps, in order: Unicode NFKC (full-width letters, digits, spaces and brackets become their
 * half-width forms), lower case, trailing Chinese company forms dropped (股份有限公司, 有限责任公司, 有限公司,
 * 公司), punctuation and spaces turned into word breaks, trailing English company forms dropped word by
 * word (Co., Ltd., Limited, Company, Inc., PLC, Corp., AG, SE, SA, LLC, Re, Reinsurance), then the words
 * joined without spaces. A suffix is never dropped when it is all that is left, so "Re" stays "re".
 * Finally the alias table (the exchange's organisation names and short names, a user's own aliases)
 * maps a normalised alias onto its canonical party; aliases are normalised the same way, so the table
 * can be written with the names as people write them.
 */
public final class CounterpartyNames {

    private static final List<String> CJK_SUFFIXES = List.of("股份有限公司", "有限责任公司", "有限公司", "公司");
    private static final Set<String> WORD_SUFFIXES = Set.of("co", "ltd", "limited", "company", "inc",
            "incorporated", "plc", "corp", "corporation", "ag", "se", "sa", "llc", "re", "reinsurance");

    private final Map<String, String> aliases;

    private CounterpartyNames(Map<String, String> aliases) {
        this.aliases = aliases;
    }

    /** Normalisation alone, no alias table. */
    public static CounterpartyNames withoutAliases() {
        return new CounterpartyNames(Map.of());
    }

    /**
     * Normalisation plus an alias table: each key (an alias, e.g. "中再" or "China Re") is one name of the
     * party its value names (e.g. the exchange's organisation name). Both sides are normalised here.
     *
     * @throws IllegalArgumentException when two aliases that normalise alike name different parties
     */
    public static CounterpartyNames withAliases(Map<String, String> aliasToCanonical) {
        Objects.requireNonNull(aliasToCanonical, "aliasToCanonical");
        Map<String, String> table = new HashMap<>();
        aliasToCanonical.forEach((alias, canonical) -> {
            String key = normalise(alias);
            String value = normalise(canonical);
            String before = table.putIfAbsent(key, value);
            if (before != null && !before.equals(value)) {
                throw new IllegalArgumentException("alias '" + alias + "' names two parties: '" + before + "' and '"
                        + value + "'");
            }
        });
        return new CounterpartyNames(Map.copyOf(table));
    }

    /** The blocking key of {@code name}: its normal form, replaced by its canonical party when it is an alias. */
    public String key(String name) {
        String n = normalise(name);
        return aliases.getOrDefault(n, n);
    }

    /** The normal form of a name, without the alias table (see the class comment for the steps). */
    public static String normalise(String name) {
        Objects.requireNonNull(name, "name");
        String s = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).strip();
        s = dropCjkSuffixes(s);
        List<String> words = words(s);
        while (words.size() > 1 && WORD_SUFFIXES.contains(words.get(words.size() - 1))) {
            words.remove(words.size() - 1);
        }
        String joined = String.join("", words);
        return dropCjkSuffixes(joined);
    }

    private static String dropCjkSuffixes(String s) {
        boolean dropped = true;
        while (dropped) {
            dropped = false;
            for (String suffix : CJK_SUFFIXES) {
                if (s.endsWith(suffix) && s.length() > suffix.length()) {
                    s = s.substring(0, s.length() - suffix.length()).strip();
                    dropped = true;
                }
            }
        }
        return s;
    }

    private static List<String> words(String s) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                word.appendCodePoint(cp);
            } else if (word.length() > 0) {
                words.add(word.toString());
                word.setLength(0);
            }
        }
        if (word.length() > 0) {
            words.add(word.toString());
        }
        return words;
    }
}
