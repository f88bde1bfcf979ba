package io.redesk.app.arch;

import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.LocationProvider;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The class-path directories holding our production classes: in the Maven reactor, every module's
 * {@code target/classes}. Importing them directly skips scanning some 150 library jars for the
 * {@code io.redesk} package, which made the architecture test several times slower.
 */
public final class ProductionClassDirectories implements LocationProvider {

    @Override
    public Set<Location> get(Class<?> testClass) {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Set<Path> dirs = Arrays.stream(classPath.split(File.pathSeparator))
                .filter(entry -> !entry.isBlank())
                .map(Path::of)
                // after `package` the reactor puts a module's jar on the class path, not its classes directory
                .map(ProductionClassDirectories::classesOfReactorJar)
                .filter(Files::isDirectory)
                .filter(dir -> !dir.getFileName().toString().equals("test-classes"))
                .filter(dir -> Files.isDirectory(dir.resolve("io/redesk")))
                .collect(Collectors.toSet());
        if (dirs.isEmpty()) {
            throw new IllegalStateException("no directory with io/redesk classes on the class path: " + classPath);
        }
        return dirs.stream().map(dir -> Location.of(dir.toUri())).collect(Collectors.toSet());
    }

    private static Path classesOfReactorJar(Path entry) {
        Path parent = entry.getParent();
        if (entry.toString().endsWith(".jar") && parent != null && parent.getFileName() != null
                && parent.getFileName().toString().equals("target") && Files.isDirectory(parent.resolve("classes"))) {
            return parent.resolve("classes");
        }
        return entry;
    }
}
