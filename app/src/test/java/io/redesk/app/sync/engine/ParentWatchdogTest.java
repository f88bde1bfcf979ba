package io.redesk.app.sync.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A child JVM with the watchdog stops as soon as its parent's end of the stdin pipe closes. */
class ParentWatchdogTest {

    /** The child: starts the watchdog, says so, and would otherwise idle for ten minutes. */
    public static final class IdleChild {
        public static void main(String[] args) throws Exception {
            ParentWatchdog.start(Duration.ofMinutes(10));
            System.out.println("WATCHING");
            System.out.flush();
            Thread.sleep(600_000);
            System.exit(0);
        }
    }

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void childHaltsWhenItsStdinReachesEndOfFile() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Process child = new ProcessBuilder(List.of(java, "-Xmx32m", "-XX:TieredStopAtLevel=1", "-cp", cp,
                IdleChild.class.getName())).redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            assertThat(out.readLine()).isEqualTo("WATCHING");
            assertThat(child.isAlive()).as("the child keeps running while the parent's pipe is open").isTrue();
            child.getOutputStream().close(); // what the parent's death does to the pipe
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).as("child stopped after its stdin closed").isTrue();
            assertThat(child.exitValue()).isEqualTo(ParentWatchdog.ORPHANED);
        } finally {
            child.destroyForcibly();
        }
    }
}
