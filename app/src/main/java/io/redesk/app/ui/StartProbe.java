package io.redesk.app.ui;

import io.redesk.app.session.SessionHolder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.Scene;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Start-up measuring points for the installer's training run and the start benchmarks (ADR 0950,
 * {@code installer/bench}): when a system property asks for it, the app notes the wall-clock time of
 * its first drawn frame, or of the desk drawn once a user is signed in, writes it (and the resident
 * memory then) to a file, and quits. Without the properties it does nothing.
 *
 * <ul>
 *   <li>{@value #UNTIL}: {@code first-frame} or {@code home};</li>
 *   <li>{@value #FILE}: where to write {@code epochMillis=…}, {@code rssKiB=…};</li>
 *   <li>{@value #SETTLE}: seconds to wait after the point before noting the memory (default 0).</li>
 * </ul>
 */
final class StartProbe {

    private static final Logger LOG = LoggerFactory.getLogger(StartProbe.class);

    static final String UNTIL = "redesk.probe.until";
    static final String FILE = "redesk.probe.file";
    static final String SETTLE = "redesk.probe.settleSeconds";

    private StartProbe() {
    }

    /** Installs the probe the system properties ask for, if any. Call on the FX thread once the window is shown. */
    static void install(Scene scene, SessionHolder sessions) {
        String until = System.getProperty(UNTIL, "");
        if (until.isBlank()) {
            return;
        }
        Optional<Path> file = Optional.ofNullable(System.getProperty(FILE)).filter(f -> !f.isBlank()).map(Path::of);
        Duration settle = Duration.ofSeconds(Long.getLong(SETTLE, 0L));
        switch (until) {
            case "first-frame" -> afterNextFrame(scene, () -> reached("first frame", file, settle));
            case "home" -> sessions.subscribe(session -> {
                if (session.isPresent()) {
                    // the desk is built on this pulse and drawn on the next
                    Platform.runLater(() -> afterNextFrame(scene, () -> reached("signed in, desk drawn", file, settle)));
                }
            });
            default -> throw new IllegalArgumentException(UNTIL + " must be first-frame or home, was " + until);
        }
    }

    /** Runs {@code then} on the FX thread once the scene's next frame has been drawn. */
    static void afterNextFrame(Scene scene, Runnable then) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            // the pulse that laid the scene out also renders it; the next runLater runs after that frame
            Platform.runLater(then);
        };
        scene.addPostLayoutPulseListener(once[0]);
        Platform.requestNextPulse();
    }

    private static void reached(String what, Optional<Path> file, Duration settle) {
        long at = System.currentTimeMillis();
        Thread t = new Thread(() -> {
            try {
                Thread.sleep(settle.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            long rss = residentKiB();
            LOG.info("start probe: {} at {} (resident {} KiB after {} s); quitting", what, at, rss, settle.toSeconds());
            file.ifPresent(f -> {
                try {
                    Files.writeString(f, String.format(Locale.ROOT, "epochMillis=%d%nrssKiB=%d%n", at, rss), StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            Platform.exit();
        }, "start-probe");
        t.setDaemon(true);
        t.start();
    }

    /** VmRSS of this process on Linux; -1 elsewhere. */
    private static long residentKiB() {
        Path status = Path.of("/proc/self/status");
        if (!Files.isReadable(status)) {
            return -1;
        }
        try {
            return Files.readAllLines(status).stream().filter(l -> l.startsWith("VmRSS:"))
                    .map(l -> Long.parseLong(l.replaceAll("[^0-9]", ""))).findFirst().orElse(-1L);
        } catch (IOException e) {
            return -1;
        }
    }
}
