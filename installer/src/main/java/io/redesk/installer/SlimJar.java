package io.redesk.installer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Objects;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;

/**
 * The app's runnable jar as the package carries it: every native library taken out of the jar. This
 * system's SQLite and JavaFX libraries are written beside the jar (sqlite-jdbc is pointed at its file by
 * {@code org.sqlite.lib.path}, JavaFX loads from the jar's own folder), so nothing is unpacked into a
 * temporary folder at each start; other systems' libraries (about 21 MB of sqlite-jdbc's) are dropped.
 * Entries are stored uncompressed (ADR 0950: the package compresses them better).
 */
public final class SlimJar {

    /** What was kept, extracted and dropped. */
    public record Result(List<Path> extracted, List<String> dropped, long droppedBytes) {
    }

    private SlimJar() {
    }

    /**
     * Writes {@code out} from {@code appJar} and this system's native libraries into {@code nativeDir}.
     *
     * @throws IllegalStateException if the jar holds no SQLite library for {@code host} (the package could
     *                               not open a vault)
     */
    public static Result write(Path appJar, Path out, Path nativeDir, HostPlatform host) throws IOException {
        Objects.requireNonNull(host, "host");
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.createDirectories(nativeDir);
        List<Path> extracted = new ArrayList<>();
        List<String> dropped = new ArrayList<>();
        long droppedBytes = 0;
        boolean sqliteFound = false;
        String sqliteFolder = host.sqliteNativeFolder();
        try (JarFile in = new JarFile(appJar.toFile(), false);
             OutputStream os = Files.newOutputStream(out);
             JarOutputStream jar = in.getManifest() == null ? new JarOutputStream(os) : new JarOutputStream(os, in.getManifest())) {
            Enumeration<JarEntry> entries = in.entries();
            while (entries.hasMoreElements()) {
                JarEntry e = entries.nextElement();
                String name = e.getName();
                if (name.equals("META-INF/MANIFEST.MF") || name.equals("META-INF/")) {
                    continue; // written with the constructor
                }
                if (!e.isDirectory() && HostPlatform.isNativeLibrary(name)) {
                    boolean sqlite = name.startsWith("org/sqlite/native/");
                    boolean ours = sqlite ? name.equals(sqliteFolder + host.sqliteLibraryName())
                            : name.indexOf('/') < 0 && name.endsWith(host.nativeSuffix()); // JavaFX's, at the jar's root
                    if (ours) {
                        Path target = nativeDir.resolve(HostPlatform.fileName(name).orElseThrow());
                        if (Files.exists(target)) {
                            throw new IllegalStateException("two native libraries named " + target.getFileName() + " in " + appJar);
                        }
                        try (InputStream data = in.getInputStream(e)) {
                            Files.copy(data, target);
                        }
                        extracted.add(target);
                        sqliteFound |= sqlite;
                    } else {
                        dropped.add(name);
                        droppedBytes += Math.max(0, e.getSize());
                    }
                    continue;
                }
                byte[] data;
                try (InputStream is = in.getInputStream(e)) {
                    data = is.readAllBytes();
                }
                // stored, not deflated: the installer's own compression (xz in a .deb) packs raw classes
                // to less than half of what it makes of deflated ones, and nothing is inflated at start
                JarEntry copy = new JarEntry(name);
                copy.setTime(e.getTime());
                copy.setMethod(java.util.zip.ZipEntry.STORED);
                copy.setSize(data.length);
                copy.setCompressedSize(data.length);
                java.util.zip.CRC32 crc = new java.util.zip.CRC32();
                crc.update(data);
                copy.setCrc(crc.getValue());
                jar.putNextEntry(copy);
                jar.write(data);
                jar.closeEntry();
            }
        }
        if (!sqliteFound) {
            throw new IllegalStateException(appJar + " holds no SQLite library for " + host + " (" + sqliteFolder
                    + host.sqliteLibraryName() + ")");
        }
        return new Result(List.copyOf(extracted), List.copyOf(dropped), droppedBytes);
    }
}
