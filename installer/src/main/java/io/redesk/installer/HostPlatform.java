package io.redesk.installer;

import java.util.Locale;
import java.util.Optional;

/**
 * The system the package is built for: jpackage builds only for the host it runs on, so the package
 * carries this system's native libraries and no other's.
 *
 * @param os   {@code linux}, {@code windows} or {@code mac}
 * @param arch {@code x86_64} or {@code aarch64}
 */
public record HostPlatform(String os, String arch) {

    public HostPlatform {
        if (!os.equals("linux") && !os.equals("windows") && !os.equals("mac")) {
            throw new IllegalArgumentException("unsupported system '" + os + "' (linux, windows or mac)");
        }
        if (!arch.equals("x86_64") && !arch.equals("aarch64")) {
            throw new IllegalArgumentException("unsupported processor '" + arch + "' (x86_64 or aarch64)");
        }
    }

    /** The system this JVM runs on. */
    public static HostPlatform current() {
        return of(System.getProperty("os.name"), System.getProperty("os.arch"));
    }

    /** From {@code os.name} and {@code os.arch} values. */
    public static HostPlatform of(String osName, String osArch) {
        String n = osName.toLowerCase(Locale.ROOT);
        String os = n.startsWith("linux") ? "linux" : n.startsWith("windows") ? "windows"
                : n.startsWith("mac") || n.startsWith("darwin") ? "mac" : n;
        String a = osArch.toLowerCase(Locale.ROOT);
        String arch = a.equals("amd64") || a.equals("x86_64") ? "x86_64" : a.equals("aarch64") || a.equals("arm64") ? "aarch64" : a;
        return new HostPlatform(os, arch);
    }

    /** sqlite-jdbc's folder for this system inside its jar, e.g. {@code org/sqlite/native/Linux/x86_64/}. */
    public String sqliteNativeFolder() {
        String folder = switch (os) {
            case "linux" -> "Linux";
            case "windows" -> "Windows";
            default -> "Mac";
        };
        return "org/sqlite/native/" + folder + "/" + arch + "/";
    }

    /** sqlite-jdbc's library file name on this system. */
    public String sqliteLibraryName() {
        return switch (os) {
            case "linux" -> "libsqlitejdbc.so";
            case "windows" -> "sqlitejdbc.dll";
            default -> "libsqlitejdbc.dylib";
        };
    }

    /** The file suffix of a native library on this system. */
    public String nativeSuffix() {
        return switch (os) {
            case "linux" -> ".so";
            case "windows" -> ".dll";
            default -> ".dylib";
        };
    }

    /** The jpackage installer type built by default here: deb, msi or dmg. */
    public String defaultPackageType() {
        return switch (os) {
            case "linux" -> "deb";
            case "windows" -> "msi";
            default -> "dmg";
        };
    }

    /** Whether a jar entry is a native library (of any system). */
    static boolean isNativeLibrary(String entry) {
        String e = entry.toLowerCase(Locale.ROOT);
        return e.endsWith(".so") || e.endsWith(".dll") || e.endsWith(".dylib") || e.endsWith(".jnilib");
    }

    /** {@code os-arch}, e.g. {@code linux-x86_64}. */
    @Override
    public String toString() {
        return os + "-" + arch;
    }

    static Optional<String> fileName(String entry) {
        int slash = entry.lastIndexOf('/');
        String name = slash < 0 ? entry : entry.substring(slash + 1);
        return name.isEmpty() ? Optional.empty() : Optional.of(name);
    }
}
