package io.redesk.installer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SlimJarTest {

    private static final HostPlatform LINUX = HostPlatform.of("Linux", "amd64");

    @TempDir
    Path dir;

    @Test
    void keepsClassesAndThisSystemsLibrariesBesideTheJarAndDropsTheOthers() throws IOException {
        Path app = jar("io/redesk/app/Launcher.class", "org/sqlite/native/Linux/x86_64/libsqlitejdbc.so",
                "org/sqlite/native/Linux/aarch64/libsqlitejdbc.so", "org/sqlite/native/Windows/x86_64/sqlitejdbc.dll",
                "org/sqlite/native/Mac/aarch64/libsqlitejdbc.dylib", "libglass.so", "glass.dll", "libglass.dylib");
        Path out = dir.resolve("out/redesk.jar");

        SlimJar.Result r = SlimJar.write(app, out, dir.resolve("out"), LINUX);

        assertThat(r.extracted()).extracting(p -> p.getFileName().toString()).containsExactlyInAnyOrder("libsqlitejdbc.so", "libglass.so");
        assertThat(dir.resolve("out/libsqlitejdbc.so")).hasContent("org/sqlite/native/Linux/x86_64/libsqlitejdbc.so");
        assertThat(r.dropped()).containsExactlyInAnyOrder("org/sqlite/native/Linux/aarch64/libsqlitejdbc.so",
                "org/sqlite/native/Windows/x86_64/sqlitejdbc.dll", "org/sqlite/native/Mac/aarch64/libsqlitejdbc.dylib",
                "glass.dll", "libglass.dylib");
        try (JarFile slim = new JarFile(out.toFile())) {
            List<String> names = Collections.list(slim.entries()).stream().map(JarEntry::getName).toList();
            assertThat(names).contains("io/redesk/app/Launcher.class").noneMatch(HostPlatform::isNativeLibrary);
            assertThat(slim.getManifest().getMainAttributes().getValue(Attributes.Name.MAIN_CLASS)).isEqualTo("io.redesk.app.Launcher");
            JarEntry c = slim.getJarEntry("io/redesk/app/Launcher.class");
            assertThat(c.getMethod()).as("stored: the package compresses it").isEqualTo(ZipEntry.STORED);
            assertThat(new String(slim.getInputStream(c).readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("io/redesk/app/Launcher.class");
        }
    }

    @Test
    void aJarWithoutThisSystemsSqliteCannotMakeAPackage() throws IOException {
        Path app = jar("io/redesk/app/Launcher.class", "org/sqlite/native/Windows/x86_64/sqlitejdbc.dll");
        assertThatThrownBy(() -> SlimJar.write(app, dir.resolve("o/redesk.jar"), dir.resolve("o"), LINUX))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("org/sqlite/native/Linux/x86_64/libsqlitejdbc.so");
    }

    @Test
    void namesEachSystemsFolders() {
        assertThat(HostPlatform.of("Windows 11", "amd64").sqliteNativeFolder()).isEqualTo("org/sqlite/native/Windows/x86_64/");
        assertThat(HostPlatform.of("Mac OS X", "aarch64").sqliteLibraryName()).isEqualTo("libsqlitejdbc.dylib");
        assertThat(HostPlatform.of("Mac OS X", "aarch64").defaultPackageType()).isEqualTo("dmg");
        assertThat(LINUX.defaultPackageType()).isEqualTo("deb");
        assertThatThrownBy(() -> HostPlatform.of("SunOS", "sparcv9")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSnapshotPackagesUnderItsNumbers() {
        assertThat(PackageBuild.numericVersion("0.1.0-SNAPSHOT")).isEqualTo("0.1.0");
        assertThat(PackageBuild.numericVersion("1.2.3")).isEqualTo("1.2.3");
        assertThatThrownBy(() -> PackageBuild.numericVersion("1.2.3.4")).isInstanceOf(IllegalArgumentException.class);
    }

    private Path jar(String... entries) throws IOException {
        Path p = dir.resolve("app-" + System.nanoTime() + ".jar");
        Manifest m = new Manifest();
        m.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        m.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "io.redesk.app.Launcher");
        try (OutputStream os = Files.newOutputStream(p); JarOutputStream j = new JarOutputStream(os, m)) {
            for (String e : entries) {
                j.putNextEntry(new JarEntry(e));
                j.write(e.getBytes(StandardCharsets.UTF_8)); // each entry holds its own name
                j.closeEntry();
            }
        }
        return p;
    }
}
