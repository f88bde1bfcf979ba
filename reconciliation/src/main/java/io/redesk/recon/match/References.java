package io.redesk.recon.match;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * References as the matcher compares them: a reference field in NFKC upper case (full-width
 * "Ｂ０９９９" is "B0999"; nothing else is changed, inner spaces included), and the references a free-text
 * description may carry, as tokens with sensible boundaries.
 *
 * <p>A token is a run of ASCII letters and digits, joined by inner {@code - _ / .} ("TA-2027-001",
 * "B0999HT2027008/Q1"); anything else ends it: spaces, other punctuation, Chinese text
 * ("付款B0999HT2027008第一期" carries "B0999HT2027008"). A joined token also yields its parts split at
 * {@code /} and {@code .}, so "B0999HT2027008/Q1" carries "B0999HT2027008". A reference is never found
 * inside a longer run: "B0999HT20270081" does not carry "B0999HT2027008". Tokens shorter than
 * {@link #MIN_TOKEN} characters are left out (words like "Q1" are no reference).
 */
public final class References {

    /** Shortest token that may be a reference. */
    public static final int MIN_TOKEN = 4;

    private References() {
    }

    /** The reference as compared: NFKC, upper case; empty stays empty. */
    public static String normalise(String reference) {
        if (reference.isEmpty()) {
            return reference;
        }
        String s = isAscii(reference) ? reference : Normalizer.normalize(reference, Normalizer.Form.NFKC);
        return s.toUpperCase(Locale.ROOT);
    }

    /** The candidate references in a description, in order of appearance, possibly repeated. */
    public static List<String> tokens(String description) {
        if (description.isEmpty()) {
            return List.of();
        }
        String s = normalise(description);
        List<String> out = new ArrayList<>(4);
        int n = s.length();
        int i = 0;
        while (i < n) {
            if (!isAlnum(s.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            int end = i; // exclusive end of the token so far (always after an alnum)
            boolean split = false;
            while (i < n) {
                char c = s.charAt(i);
                if (isAlnum(c)) {
                    i++;
                    end = i;
                } else if (isJoiner(c) && i + 1 < n && isAlnum(s.charAt(i + 1))) {
                    split |= c == '/' || c == '.';
                    i++;
                } else {
                    break;
                }
            }
            String token = s.substring(start, end);
            add(out, token);
            if (split) {
                for (String part : token.split("[/.]")) {
                    add(out, part);
                }
            }
        }
        return out;
    }

    private static void add(List<String> out, String token) {
        if (token.length() >= MIN_TOKEN) {
            out.add(token);
        }
    }

    private static boolean isAlnum(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z');
    }

    private static boolean isJoiner(char c) {
        return c == '-' || c == '_' || c == '/' || c == '.';
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
