package io.redesk.installer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;

/**
 * Builds the installable package from the app's runnable jar with the JDK's own tools (ADR 0950):
 * <ol>
 *   <li>the jar without native libraries, this system's beside it ({@link SlimJar});</li>
 *   <li>{@code jdeps} lists the modules the jar needs; {@code jlink} links a runtime of those, plus the
 *       en/zh locale data, the EC crypto provider and the extra charsets;</li>
 *   <li>the built-in demo exchange's seeded database ({@code DemoSeedTemplate}, the real seed code);</li>
 *   <li>a training run of the real app on that runtime (under Xvfb when there is no display): a demo
 *       broker signs in and Home is drawn, and the JVM writes the classes it loaded (the AppCDS class
 *       list);</li>
 *   <li>{@code jpackage} makes the app image, then the installer (.deb here; .msi/.dmg on their own
 *       systems). On Linux the package's postinst turns the class list into the AppCDS archive for the
 *       installed paths (JDK 17's archives are tied to the class path they were made with).</li>
 * </ol>
 * Usage: {@code PackageBuild --app-jar redesk.jar --out DIR --version 0.1.0[-SNAPSHOT] --resources DIR
 * [--type deb|msi|dmg|app-image]}.
 */
@CliEntryPoint
public final class PackageBuild {

    /** Modules added to what jdeps finds: locale data (en, zh), EC crypto (TLS), charsets (GB18030, GBK), zip file system. */
    static final List<String> EXTRA_MODULES = List.of("jdk.localedata", "jdk.crypto.ec", "jdk.charsets", "jdk.zipfs");
    static final String NAME = "ReDesk";
    static final String PACKAGE = "redesk";
    static final String MAIN_CLASS = "io.redesk.app.Launcher";
    static final String CLASS_LIST = "redesk.classlist";
    static final String ARCHIVE = "redesk.jsa";
    static final String DEMO_TEMPLATE = "demo-exchange.zip";

    private final Path appJar;
    private final Path out;
    private final String version;
    private final Path resources;
    private final String type;
    private final HostPlatform host = HostPlatform.current();
    private final PrintStream log;

    private PackageBuild(Map<String, String> a, PrintStream log) {
        this.appJar = Path.of(required(a, "--app-jar"));
        this.out = Path.of(required(a, "--out")).toAbsolutePath();
        this.version = numericVersion(required(a, "--version"));
        this.resources = Path.of(required(a, "--resources")).toAbsolutePath();
        this.type = a.getOrDefault("--type", host.defaultPackageType());
        this.log = log;
        if (!List.of("deb", "rpm", "msi", "exe", "dmg", "pkg", "app-image").contains(type)) {
            throw new IllegalArgumentException("unknown --type " + type + " (deb, msi, dmg or app-image)");
        }
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> a = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            a.put(args[i], args[i + 1]);
        }
        if (args.length % 2 != 0) {
            System.err.println("usage: PackageBuild --app-jar JAR --out DIR --version V --resources DIR [--type deb|msi|dmg|app-image]");
            System.exit(2);
        }
        new PackageBuild(a, System.out).run();
    }

    private static String required(Map<String, String> a, String key) {
        String v = a.get(key);
        if (v == null || v.isBlank()) {
            throw new IllegalArgumentException(key + " is required");
        }
        return v;
    }

    /** jpackage wants 1 to 3 numbers: {@code 0.1.0-SNAPSHOT} packages as {@code 0.1.0}. */
    static String numericVersion(String projectVersion) {
        String v = projectVersion.contains("-") ? projectVersion.substring(0, projectVersion.indexOf('-')) : projectVersion;
        if (!v.matches("[0-9]{1,5}(\\.[0-9]{1,5}){0,2}")) {
            throw new IllegalArgumentException("version " + projectVersion + " cannot be a package version (want N.N.N)");
        }
        return v;
    }

    private void run() throws Exception {
        long t0 = System.nanoTime();
        if (!Files.isRegularFile(appJar)) {
            throw new IllegalStateException(appJar + " is missing: build the app first (./mvnw -q -pl app -am -DskipTests package)");
        }
        deleteTree(out);
        Path input = out.resolve("input");
        Files.createDirectories(input);
        Path jar = input.resolve("redesk.jar");
        SlimJar.Result slim = SlimJar.write(appJar, jar, input, host);
        step(t0, "jar without other systems' native libraries: " + mb(Files.size(jar)) + " (was " + mb(Files.size(appJar))
                + "); " + slim.extracted().size() + " libraries for " + host + " beside it, " + slim.dropped().size()
                + " dropped (" + mb(slim.droppedBytes()) + ")");

        TreeSet<String> modules = new TreeSet<>(Arrays.asList(tool("jdeps", "--ignore-missing-deps", "--multi-release", "17",
                "--print-module-deps", jar.toString()).trim().split(",")));
        modules.addAll(EXTRA_MODULES);
        Path runtime = out.resolve("runtime");
        tool("jlink", "--add-modules", String.join(",", modules), "--include-locales=en,zh", "--strip-debug",
                "--no-header-files", "--no-man-pages", "--generate-cds-archive", "--output", runtime.toString());
        // the archive for heaps over 32 GB (no compressed oops): a desktop app never runs one
        Files.deleteIfExists(runtime.resolve("lib/server/classes_nocoops.jsa"));
        step(t0, "runtime of " + modules.size() + " modules: " + String.join(",", modules) + " (" + mb(sizeOf(runtime)) + ")");

        Path java = runtime.resolve("bin").resolve(host.os().equals("windows") ? "java.exe" : "java");
        Path template = input.resolve(DEMO_TEMPLATE);
        List<String> seed = new ArrayList<>(List.of(java.toString()));
        seed.addAll(javaOptions(input.toString()));
        seed.addAll(List.of("-cp", jar.toString(), "io.redesk.app.session.DemoSeedTemplate", template.toString()));
        exec(seed, false, 300);
        step(t0, "demo exchange seeded: " + mb(Files.size(template)));

        List<String> training = new ArrayList<>(List.of(java.toString(), "-XX:DumpLoadedClassList=" + input.resolve(CLASS_LIST),
                "-Dredesk.probe.until=home", "-Dredesk.home=" + out.resolve("training-home")));
        training.addAll(javaOptions(input.toString()));
        training.addAll(List.of("-cp", jar.toString(), MAIN_CLASS, "--demo-user", "broker.alice", "--lang", "en"));
        exec(training, host.os().equals("linux"), 300);
        long classes;
        try (Stream<String> lines = Files.lines(input.resolve(CLASS_LIST))) {
            classes = lines.filter(l -> !l.startsWith("#") && !l.startsWith("@")).count();
        }
        step(t0, "training run (start, demo sign-in, Home): " + classes + " classes in the AppCDS class list");
        if (host.os().equals("linux")) {
            Path script = input.resolve("make-cds-archive.sh");
            Files.copy(resources.resolve("linux/make-cds-archive.sh"), script);
        }

        Path images = out.resolve("image");
        List<String> image = new ArrayList<>(List.of("--type", "app-image", "--name", NAME, "--app-version", version,
                "--vendor", "ReDesk", "--description", "Desktop client for the Shanghai international reinsurance exchange",
                "--input", input.toString(), "--main-jar", "redesk.jar", "--main-class", MAIN_CLASS,
                "--runtime-image", runtime.toString(), "--dest", images.toString()));
        if (host.os().equals("linux")) {
            image.addAll(List.of("--icon", resources.resolve("redesk.png").toString()));
        }
        for (String option : javaOptions("$APPDIR")) {
            image.addAll(List.of("--java-options", option));
        }
        tool("jpackage", image.toArray(String[]::new));
        Path appImage = images.resolve(host.os().equals("mac") ? NAME + ".app" : NAME);
        step(t0, "app image " + appImage + " (" + mb(sizeOf(appImage)) + ")");
        if (type.equals("app-image")) {
            return;
        }

        List<String> pkg = new ArrayList<>(List.of("--type", type, "--app-image", appImage.toString(), "--name", NAME,
                "--app-version", version, "--vendor", "ReDesk", "--dest", out.toString(),
                "--description", "Desktop client for the Shanghai international reinsurance exchange"));
        if (host.os().equals("linux")) {
            pkg.addAll(List.of("--linux-package-name", PACKAGE, "--linux-shortcut", "--linux-menu-group", "Office;Finance;",
                    "--linux-app-category", "office", "--linux-deb-maintainer", "redesk@example.invalid",
                    "--icon", resources.resolve("redesk.png").toString(), "--resource-dir", resources.resolve("linux").toString()));
        } else if (host.os().equals("windows")) {
            pkg.addAll(List.of("--win-menu", "--win-shortcut", "--win-dir-chooser", "--win-per-user-install",
                    "--win-upgrade-uuid", "6f7c5f0e-8d1e-4c55-9a53-1f3b2d6a0c11"));
        }
        tool("jpackage", pkg.toArray(String[]::new));
        try (Stream<Path> files = Files.list(out)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                step(t0, "package " + p + " (" + mb(Files.size(p)) + ")");
            }
        }
    }

    /**
     * The JVM options of the installed launcher, with {@code appDir} for the app folder: the AppCDS
     * archive (silently unused while it does not exist), this system's SQLite library beside the jar, the
     * seeded demo exchange.
     */
    List<String> javaOptions(String appDir) {
        return List.of("-XX:SharedArchiveFile=" + appDir + "/" + ARCHIVE, "-Xshare:auto", "-Xlog:cds=off", "-Xlog:cds+dynamic=off",
                "-Dorg.sqlite.lib.path=" + appDir, "-Dorg.sqlite.lib.name=" + host.sqliteLibraryName(),
                "-Dredesk.demoTemplate=" + appDir + "/" + DEMO_TEMPLATE);
    }

    private void step(long t0, String what) {
        log.printf("installer [%3d s] %s%n", TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - t0), what);
    }

    /** Runs a JDK tool in this JVM; its output is returned, and shown when it fails. */
    static String tool(String name, String... args) {
        ToolProvider tool = ToolProvider.findFirst(name).orElseThrow(() -> new IllegalStateException(
                name + " is not in this JDK (" + System.getProperty("java.home") + "): build with a full JDK 17"));
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        PrintStream o = new PrintStream(buffer, true, StandardCharsets.UTF_8);
        int rc = tool.run(o, o, args);
        String text = buffer.toString(StandardCharsets.UTF_8);
        if (rc != 0) {
            throw new IllegalStateException(name + " failed (" + rc + "): " + String.join(" ", args) + "\n" + text);
        }
        return text;
    }

    /** Runs a process (under Xvfb when {@code display} and there is no display), failing on a non-zero exit or a timeout. */
    private void exec(List<String> command, boolean display, int timeoutSeconds) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(command);
        String env = System.getenv().getOrDefault("DISPLAY", "") + System.getenv().getOrDefault("WAYLAND_DISPLAY", "");
        if (display && env.isBlank()) {
            if (!onPath("xvfb-run")) {
                throw new IllegalStateException("the training run needs a display: install xvfb (apt-get install xvfb) or set DISPLAY");
            }
            cmd.addAll(0, List.of("xvfb-run", "-a", "-s", "-screen 0 1280x800x24"));
        }
        Path logFile = out.resolve("logs").resolve(Path.of(command.get(command.size() - 1)).getFileName() + "-" + System.nanoTime() + ".log");
        Files.createDirectories(logFile.getParent());
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(logFile.toFile()).start();
        if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            p.descendants().forEach(ProcessHandle::destroy);
            p.destroy();
            throw new IllegalStateException("timed out after " + timeoutSeconds + " s: " + String.join(" ", cmd) + "\n" + Files.readString(logFile));
        }
        if (p.exitValue() != 0) {
            throw new IllegalStateException("failed (" + p.exitValue() + "): " + String.join(" ", cmd) + "\n" + Files.readString(logFile));
        }
    }

    private static boolean onPath(String program) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .anyMatch(d -> !d.isBlank() && Files.isExecutable(Path.of(d, program)));
    }

    private static long sizeOf(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            return all.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).sum();
        }
    }

    private static String mb(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1_000_000.0);
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
