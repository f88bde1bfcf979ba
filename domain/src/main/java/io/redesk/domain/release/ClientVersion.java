package io.redesk.domain.release;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A desktop client's version, as the app reports its own and an exchange announces the newest
 * ({@code ClientRelease.latestVersion} in the contract): one to four dot-separated numbers and an
 * optional pre-release suffix ({@code 0.2.0}, {@code 1.0.0-rc1}, {@code 0.1.0-SNAPSHOT}). Versions compare by
 * their numbers ({@code 0.10.0} after {@code 0.9.9}; missing numbers are 0); a pre-release comes before
 * the release of the same numbers.
 */
public record ClientVersion(long[] numbers, String suffix) implements Comparable<ClientVersion> {

    /** The contract's pattern for a version. */
    public static final Pattern PATTERN = Pattern.compile("[0-9]{1,9}(\\.[0-9]{1,9}){0,3}(-[0-9A-Za-z.]{1,32})?");

    public ClientVersion {
        Objects.requireNonNull(numbers, "numbers");
        numbers = numbers.clone();
    }

    /**
     * Parses exactly, nothing trimmed.
     *
     * @throws IllegalArgumentException naming the text and the expected form
     */
    public static ClientVersion parse(String text) {
        if (text == null || !PATTERN.matcher(text).matches()) {
            throw new IllegalArgumentException("not a version: '" + text + "' (expected e.g. 1.2.0 or 1.2.0-rc1)");
        }
        int dash = text.indexOf('-');
        String[] parts = (dash < 0 ? text : text.substring(0, dash)).split("\\.");
        long[] n = new long[parts.length];
        for (int i = 0; i < parts.length; i++) {
            n[i] = Long.parseLong(parts[i]);
        }
        return new ClientVersion(n, dash < 0 ? null : text.substring(dash + 1));
    }

    /** Whether {@code this} is later than {@code other}. */
    public boolean isNewerThan(ClientVersion other) {
        return compareTo(other) > 0;
    }

    @Override
    public int compareTo(ClientVersion o) {
        int n = Math.max(numbers.length, o.numbers.length);
        for (int i = 0; i < n; i++) {
            long p = i < numbers.length ? numbers[i] : 0;
            long q = i < o.numbers.length ? o.numbers[i] : 0;
            if (p != q) {
                return Long.compare(p, q);
            }
        }
        boolean pre = suffix != null;
        boolean otherPre = o.suffix != null;
        return pre == otherPre ? 0 : pre ? -1 : 1;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ClientVersion v && compareTo(v) == 0 && Objects.equals(suffix, v.suffix);
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.hashCode(java.util.Arrays.copyOf(numbers, 4)) * 31 + Objects.hashCode(suffix);
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < numbers.length; i++) {
            b.append(i == 0 ? "" : ".").append(numbers[i]);
        }
        return suffix == null ? b.toString() : b + "-" + suffix;
    }
}
