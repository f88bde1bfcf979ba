package io.redesk.installer;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The installer builds the package with the JDK's tools alone: it never links against the app or any
 * library (it runs the app's jar as a separate process), so it can run on any build machine's JDK.
 */
@AnalyzeClasses(packages = "io.redesk.installer", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule jdkOnly = classes().that().resideInAPackage("io.redesk.installer..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "io.redesk.installer..")
            .because("the installer drives jdeps, jlink and jpackage and runs the app's jar in its own process");
}
