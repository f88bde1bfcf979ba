package io.redesk.app.env;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The app's own version, as the build wrote it ({@code io/redesk/app/env/version.properties}, filtered
 * from the Maven project version): shown on the sign-in screen and in Settings, and compared with the
 * newest client version an exchange announces. UI-free.
 */
public final class AppVersion {

    private static final String RESOURCE = "/io/redesk/app/env/version.properties";
    private static final String CURRENT = load();

    private AppVersion() {
    }

    /** e.g. {@code 0.1.0} or {@code 0.1.0-SNAPSHOT}. */
    public static String current() {
        return CURRENT;
    }

    private static String load() {
        try (InputStream in = AppVersion.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path: the build writes it");
            }
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("version", "");
            if (v.isBlank() || v.startsWith("${")) {
                throw new IllegalStateException(RESOURCE + " holds no version (was it filtered by the build?)");
            }
            return v;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Whether {@code announced} (an exchange's newest client version, e.g. {@code 0.2.0}) is newer than
     * {@code installed}. Versions compare by their dot-separated numbers; a pre-release suffix
     * ({@code -SNAPSHOT}, {@code -rc1}) sorts before the release of the same numbers.
     *
     * @throws IllegalArgumentException if either is not {@code N(.N)*} with an optional {@code -suffix}
     */
    public static boolean isNewer(String announced, String installed) {
        return compare(announced, installed) > 0;
    }

    static int compare(String a, String b) {
        Parsed x = Parsed.of(a);
        Parsed y = Parsed.of(b);
        int n = Math.max(x.numbers.length, y.numbers.length);
        for (int i = 0; i < n; i++) {
            long p = i < x.numbers.length ? x.numbers[i] : 0;
            long q = i < y.numbers.length ? y.numbers[i] : 0;
            if (p != q) {
                return Long.compare(p, q);
            }
        }
        if (x.preRelease == y.preRelease) {
            return 0;
        }
        return x.preRelease ? -1 : 1;
    }

    private record Parsed(long[] numbers, boolean preRelease) {
        static Parsed of(String v) {
            if (v == null || !v.matches("[0-9]{1,9}(\\.[0-9]{1,9}){0,3}(-[0-9A-Za-z.]{1,32})?")) {
                throw new IllegalArgumentException("not a version: '" + v + "' (expected e.g. 1.2.0 or 1.2.0-rc1)");
            }
            int dash = v.indexOf('-');
            String core = dash < 0 ? v : v.substring(0, dash);
            String[] parts = core.split("\\.");
            long[] numbers = new long[parts.length];
            for (int i = 0; i < parts.length; i++) {
                numbers[i] = Long.parseLong(parts[i]);
            }
            return new Parsed(numbers, dash >= 0);
        }
    }
}
