package io.redesk.app.session;

import io.redesk.app.CliEntryPoint;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * The built-in demo exchange's data, seeded once at build time (ADR 0952): the installer runs
 * {@link #main} with the very seed code the exchange runs at first start ({@code DemoSeed}, through its
 * own API), then zips the data folder; the app image points {@value #PROPERTY} at the zip, and a fresh
 * demo-exchange folder is filled from it instead of seeding live (several seconds of HTTP mutations on
 * a cold JVM). The demo's quotes and inquiries carry deadlines relative to the day they were seeded
 * (the earliest +10 days), so a template older than {@link #MAX_AGE} is not used: the exchange then
 * seeds live, as without a template. UI-free.
 */
@CliEntryPoint
public final class DemoSeedTemplate {

    /** System property naming the template zip (set by the installed launcher). */
    public static final String PROPERTY = "redesk.demoTemplate";
    /** The oldest template used: younger than the seed's earliest relative deadline (10 days). */
    public static final Duration MAX_AGE = Duration.ofDays(7);
    static final String SEEDED_AT = "seeded-at";

    private DemoSeedTemplate() {
    }

    /** {@code java -cp redesk.jar io.redesk.app.session.DemoSeedTemplate OUT.zip}: seeds a demo exchange and zips it. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: DemoSeedTemplate OUT.zip");
            System.exit(2);
            return;
        }
        Path work = Files.createTempDirectory("redesk-demo-seed");
        try {
            write(work, Path.of(args[0]));
        } finally {
            deleteTree(work);
        }
        System.out.println("demo exchange template written to " + args[0]);
    }

    /** Seeds a demo exchange in the empty folder {@code work} and writes its data to {@code zip}. */
    public static void write(Path work, Path zip) throws IOException {
        Objects.requireNonNull(zip, "zip");
        Path data = work.resolve("demo-exchange");
        Instant seededAt = Instant.now();
        try (DemoExchange exchange = DemoExchange.startSeedingLive(data)) {
            Objects.requireNonNull(exchange.baseUrl());
        }
        Path parent = zip.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path tmp = Files.createTempFile(parent, "demo", ".zip.tmp");
        try (OutputStream out = Files.newOutputStream(tmp); ZipOutputStream z = new ZipOutputStream(out);
             Stream<Path> files = Files.list(data)) {
            z.putNextEntry(new ZipEntry(SEEDED_AT));
            z.write(seededAt.toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            z.closeEntry();
            // the database, not the port the build's run happened to listen on (each user's demo picks its own)
            for (Path f : files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().equals(DemoExchange.PORT_FILE))
                    .sorted().toList()) {
                z.putNextEntry(new ZipEntry(f.getFileName().toString()));
                Files.copy(f, z);
                z.closeEntry();
            }
        }
        Files.move(tmp, zip, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The template the launcher names, if any. */
    public static Optional<Path> configured() {
        String p = System.getProperty(PROPERTY, "");
        return p.isBlank() ? Optional.empty() : Optional.of(Path.of(p));
    }

    /**
     * Fills the demo exchange's folder {@code dataDir} from {@code zip} when the folder holds no database
     * yet and the template is younger than {@link #MAX_AGE} at {@code now}.
     *
     * @return true when the folder was filled (the exchange then opens the seeded database)
     * @throws UncheckedIOException if the template cannot be read or the folder written; a partly
     *                              written folder is removed again
     */
    public static boolean restoreIfFresh(Path zip, Path dataDir, Instant now) {
        if (Files.exists(dataDir.resolve("exchange.db")) || !Files.isRegularFile(zip)) {
            return false;
        }
        List<String> written = new java.util.ArrayList<>();
        try {
            Optional<Instant> seededAt = seededAt(zip);
            if (seededAt.isEmpty() || Duration.between(seededAt.get(), now).compareTo(MAX_AGE) > 0
                    || seededAt.get().isAfter(now.plus(Duration.ofDays(1)))) {
                return false;
            }
            ownerOnlyDirectory(dataDir);
            try (InputStream in = Files.newInputStream(zip); ZipInputStream z = new ZipInputStream(in)) {
                for (ZipEntry e = z.getNextEntry(); e != null; e = z.getNextEntry()) {
                    String name = e.getName();
                    if (name.equals(SEEDED_AT)) {
                        continue;
                    }
                    if (e.isDirectory() || !name.matches("[A-Za-z0-9._-]+")) {
                        throw new IOException("unexpected entry '" + name + "' in the demo template " + zip);
                    }
                    written.add(name);
                    // created owner-only before a byte is written, like the exchange's own database file
                    try (OutputStream out = Files.newOutputStream(ownerOnlyFile(dataDir.resolve(name)))) {
                        z.transferTo(out);
                    }
                }
            }
            return true;
        } catch (IOException e) {
            for (String name : written) {
                try {
                    Files.deleteIfExists(dataDir.resolve(name));
                } catch (IOException ignored) {
                    // the exchange then finds a partial folder and refuses it with its own message
                }
            }
            throw new UncheckedIOException("cannot fill the demo exchange from " + zip, e);
        }
    }

    private static final boolean POSIX = java.nio.file.FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private static void ownerOnlyDirectory(Path dir) throws IOException {
        if (POSIX) {
            Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
        } else {
            Files.createDirectories(dir);
        }
    }

    private static Path ownerOnlyFile(Path file) throws IOException {
        Files.deleteIfExists(file);
        return POSIX ? Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
                : Files.createFile(file);
    }

    static Optional<Instant> seededAt(Path zip) throws IOException {
        try (InputStream in = Files.newInputStream(zip); ZipInputStream z = new ZipInputStream(in)) {
            for (ZipEntry e = z.getNextEntry(); e != null; e = z.getNextEntry()) {
                if (e.getName().equals(SEEDED_AT)) {
                    try {
                        return Optional.of(Instant.parse(new String(z.readNBytes(64), java.nio.charset.StandardCharsets.US_ASCII).trim()));
                    } catch (DateTimeParseException bad) {
                        return Optional.empty();
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
