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
        Set<Location> locations = Arrays.stream(classPath.split(File.pathSeparator))
                .filter(entry -> !entry.isBlank())
                .map(Path::of)
                .map(ProductionClassDirectories::ourClasses)
                .flatMap(java.util.Optional::stream)
                .collect(Collectors.toSet());
        if (locations.isEmpty()) {
            throw new IllegalStateException("no directory with io/redesk classes on the class path: " + classPath);
        }
        return locations;
    }

    /**
     * One location per module: its classes directory, or, in a reactor run past {@code package} (e.g.
     * {@code verify}) where Maven hands a module over as {@code target/*.jar}, that module's
     * {@code target/classes} when it exists, else the jar itself. Library jars are never taken.
     */
    private static java.util.Optional<Location> ourClasses(Path entry) {
        Path parent = entry.getParent();
        boolean reactorJar = entry.toString().endsWith(".jar") && parent != null && parent.getFileName() != null
                && parent.getFileName().toString().equals("target") && Files.isRegularFile(entry);
        if (reactorJar) {
            Path classes = parent.resolve("classes");
            if (Files.isDirectory(classes.resolve("io/redesk"))) {
                return java.util.Optional.of(Location.of(classes.toUri()));
            }
            try {
                return java.util.Optional.of(Location.of(new java.util.jar.JarFile(entry.toFile())));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        boolean ourClassesDir = Files.isDirectory(entry.resolve("io/redesk"))
                && !entry.getFileName().toString().equals("test-classes");
        return ourClassesDir ? java.util.Optional.of(Location.of(entry.toUri())) : java.util.Optional.empty();
    }
}
