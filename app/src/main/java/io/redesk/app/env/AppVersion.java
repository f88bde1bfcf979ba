package io.redesk.app.env;

import io.redesk.domain.release.ClientVersion;
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
     * {@code installed}, by the domain's {@link ClientVersion} order.
     *
     * @throws IllegalArgumentException if either is not {@code N(.N)*} with an optional {@code -suffix}
     */
    public static boolean isNewer(String announced, String installed) {
        return ClientVersion.parse(announced).isNewerThan(ClientVersion.parse(installed));
    }
}
