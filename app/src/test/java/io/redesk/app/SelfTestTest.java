package io.redesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.redesk.app.env.AppDirectories;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SelfTestTest {

    @TempDir
    Path home;

    @Test
    void provesTheInstallationInItsOwnFolderAndLeavesTheUsersAlone() throws Exception {
        Path mine = Files.createDirectories(home.resolve("vaults/alice"));
        Files.writeString(mine.resolve("vault.key"), "the user's own vault");
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int status = SelfTest.run(AppDirectories.at(home), new PrintStream(out, true, StandardCharsets.UTF_8));

        String report = out.toString(StandardCharsets.UTF_8);
        assertThat(status).as(report).isZero();
        assertThat(report).contains("built-in demo exchange: http://127.0.0.1:")
                .contains("signed in as broker.alice").contains("opened again with its passphrase alone")
                .contains("self-test passed");
        assertThat(home.resolve("self-test/vaults/self-test/vault.key")).exists();
        assertThat(mine.resolve("vault.key")).hasContent("the user's own vault");
        assertThat(home.resolve("demo-exchange")).as("the user's demo exchange is not touched").doesNotExist();

        // again: the previous run's folder is replaced, not added to
        assertThat(SelfTest.run(AppDirectories.at(home), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))).isZero();
    }
}
