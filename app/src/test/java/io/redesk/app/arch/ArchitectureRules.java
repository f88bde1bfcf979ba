package io.redesk.app.arch;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.core.domain.properties.HasParameterTypes.Predicates.rawParameterTypes;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Optional;
import java.util.Set;

/**
 * The architecture of DESIGN.md §1 as ArchUnit rules, in one place (like JabRef's
 * CommonArchitectureTest). {@link ArchitectureTest} checks them against every module's production
 * classes; {@link ArchitectureRulesBiteTest} proves each rule catches a violation.
 *
 * <p>Direction: domain ← client-sdk / local-store / reconciliation ← exchange-server (SDK model only) / app. Rules are
 * written as "may only depend on", so a new package of ours is forbidden until a rule allows it.
 * Exemptions are explicit: an annotation named {@code CliEntryPoint} (docs/decisions/0201).
 */
public final class ArchitectureRules {

    static final String DOMAIN = "io.redesk.domain..";
    static final String SDK = "io.redesk.sdk..";
    static final String SDK_MODEL = "io.redesk.sdk.model..";
    static final String STORE = "io.redesk.store..";
    static final String RECON = "io.redesk.recon..";
    static final String EXCHANGE = "io.redesk.exchange..";
    /** exchange-server's public face (its launcher / in-process server); the rest is internal to it. */
    static final String EXCHANGE_ROOT = "io.redesk.exchange";
    static final String APP = "io.redesk.app..";
    static final String APP_UI = "io.redesk.app.ui..";
    static final String OURS = "io.redesk..";
    static final String CLI_ENTRY_POINT_ANNOTATION = "CliEntryPoint";

    /**
     * Command-line mains that may print although they carry no {@code CliEntryPoint} annotation. Only
     * real CLI entry points belong here; prefer the annotation in the class itself.
     */
    static final Set<String> NAMED_CLI_ENTRY_POINTS = Set.of(
            "io.redesk.exchange.Main"); // java -jar exchange-server.jar: usage, listening address, TLS pin

    private ArchitectureRules() {
    }

    private static DescribedPredicate<JavaClass> notOursOr(String... allowed) {
        return resideOutsideOfPackage(OURS).or(resideInAnyPackage(allowed))
                .as("classes outside io.redesk or in " + String.join(", ", allowed));
    }

    public static final ArchRule DOMAIN_DEPENDS_ON_JDK_ONLY = classes().that().resideInAPackage(DOMAIN)
            .should().onlyDependOnClassesThat(resideInAnyPackage("java..", DOMAIN)
                    .as("the JDK (java..) or domain itself"))
            .because("domain is pure rules: nothing of ours and no framework (DESIGN.md §1)")
            .allowEmptyShould(true);

    public static final ArchRule DOMAIN_DOES_NO_IO = noClasses().that().resideInAPackage(DOMAIN)
            .should().dependOnClassesThat(resideInAnyPackage("java.nio.file..", "java.net..", "java.sql..",
                            "java.nio.channels..")
                    .or(JavaClass.Predicates.belongToAnyOf(java.io.File.class, java.io.FileInputStream.class,
                            java.io.FileOutputStream.class, java.io.FileReader.class, java.io.FileWriter.class,
                            java.io.RandomAccessFile.class))
                    .as("file, network or database I/O"))
            .because("domain has no I/O (DESIGN.md §1)")
            .allowEmptyShould(true);

    public static final ArchRule SDK_DEPENDS_ONLY_ON_DOMAIN = classes().that().resideInAPackage(SDK)
            .should().onlyDependOnClassesThat(notOursOr(SDK, DOMAIN))
            .because("client-sdk may depend on domain only among our modules")
            .allowEmptyShould(true);

    public static final ArchRule STORE_DEPENDS_ONLY_ON_DOMAIN = classes().that().resideInAPackage(STORE)
            .should().onlyDependOnClassesThat(notOursOr(STORE, DOMAIN))
            .because("local-store may depend on domain only among our modules")
            .allowEmptyShould(true);

    public static final ArchRule RECON_DEPENDS_ONLY_ON_DOMAIN = classes().that().resideInAPackage(RECON)
            .should().onlyDependOnClassesThat(notOursOr(RECON, DOMAIN))
            .because("the reconciliation engine may depend on domain only among our modules (issue 13)")
            .allowEmptyShould(true);

    public static final ArchRule EXCHANGE_USES_ONLY_DOMAIN_AND_SDK_MODEL = classes().that().resideInAPackage(EXCHANGE)
            .should().onlyDependOnClassesThat(notOursOr(EXCHANGE, DOMAIN, SDK_MODEL))
            .because("exchange-server may use domain and client-sdk's model package, never the client, store or app")
            .allowEmptyShould(true);

    public static final ArchRule NOTHING_BUT_APP_DEPENDS_ON_APP = noClasses().that().resideOutsideOfPackage(APP)
            .should().dependOnClassesThat().resideInAPackage(APP)
            .because("app is the top of the graph")
            .allowEmptyShould(true);

    /**
     * The demo seed's choice and its published user names/password are part of the launcher's face: the
     * app starts the built-in demo with {@code Seed.DEMO} and offers the demo users (docs/decisions/0700).
     */
    static final Set<String> EXCHANGE_LAUNCHER_API = Set.of("io.redesk.exchange.seed.Seed",
            "io.redesk.exchange.seed.DemoSeed", "io.redesk.exchange.seed.DemoSeed$DemoUser");

    public static final ArchRule APP_USES_EXCHANGE_ONLY_THROUGH_ITS_LAUNCHER = noClasses().that().resideInAPackage(APP)
            .should().dependOnClassesThat(resideInAPackage(EXCHANGE).and(not(resideInAPackage(EXCHANGE_ROOT)))
                    .and(DescribedPredicate.describe("not launcher API",
                            (JavaClass c) -> !EXCHANGE_LAUNCHER_API.contains(c.getName())))
                    .as("exchange-server internals (anything below " + EXCHANGE_ROOT + " but the demo seed's name)"))
            .because("app may start the built-in demo exchange through exchange-server's root-package launcher only")
            .allowEmptyShould(true);

    public static final ArchRule NO_JAVAFX_OUTSIDE_UI = noClasses().that().resideOutsideOfPackage(APP_UI)
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.sun.javafx..", "com.sun.glass..",
                    "atlantafx..", "org.controlsfx..", "org.kordamp.ikonli..")
            .because("JavaFX (and its UI libraries) is imported only in io.redesk.app.ui..")
            .allowEmptyShould(true);

    public static final ArchRule UI_FREE_APP_CODE_DOES_NOT_USE_UI = noClasses().that().resideInAPackage(APP)
            .and().resideOutsideOfPackage(APP_UI)
            .and().doNotHaveFullyQualifiedName("io.redesk.app.Launcher")
            .should().dependOnClassesThat().resideInAPackage(APP_UI)
            .because("UI-free packages (sync, i18n, prefs, ...) sit below the UI; only the launcher starts it")
            .allowEmptyShould(true);

    public static final ArchRule SLF4J_ONLY = noClasses().that().resideInAPackage(OURS)
            .should().dependOnClassesThat(resideInAnyPackage("java.util.logging..", "org.apache.log4j..",
                            "org.apache.logging.log4j..", "org.apache.commons.logging..", "org.jboss.logging..",
                            "org.tinylog..")
                    .or(JavaClass.Predicates.belongToAnyOf(System.Logger.class, System.LoggerFinder.class))
                    .as("a logging API other than slf4j"))
            .because("all code logs through slf4j")
            .allowEmptyShould(true);

    public static final ArchRule LOGBACK_ONLY_IN_LOGGING_SETUP = noClasses().that().resideInAPackage(OURS)
            .and().resideOutsideOfPackage("io.redesk..logging..")
            .should().dependOnClassesThat().resideInAPackage("ch.qos.logback..")
            .because("logback is the backend, configured in a logging package; code logs through slf4j")
            .allowEmptyShould(true);

    public static final ArchRule NO_STANDARD_STREAMS_IN_LIBRARY_CODE = noClasses().that().resideInAPackage(OURS)
            .and(not(cliEntryPoint()))
            .should().accessField(System.class, "out")
            .orShould().accessField(System.class, "err")
            // by name and arity, not owner type: library classes are not loaded (archunit.properties)
            .orShould().callMethodWhere(target(name("printStackTrace")).and(target(rawParameterTypes(new Class<?>[0])))
                    .as("Throwable.printStackTrace()"))
            .because("library code logs through slf4j; only CLI entry points (@CliEntryPoint) print")
            .allowEmptyShould(true);

    /** A class annotated with any annotation named {@code CliEntryPoint}, a class nested in one, or a named one. */
    static DescribedPredicate<JavaClass> cliEntryPoint() {
        return DescribedPredicate.describe("CLI entry points (@" + CLI_ENTRY_POINT_ANNOTATION + " or named)",
                ArchitectureRules::isCliEntryPoint);
    }

    private static boolean isCliEntryPoint(JavaClass javaClass) {
        Optional<JavaClass> current = Optional.of(javaClass);
        while (current.isPresent()) {
            JavaClass c = current.get();
            if (NAMED_CLI_ENTRY_POINTS.contains(c.getName()) || c.getAnnotations().stream()
                    .anyMatch(a -> a.getRawType().getSimpleName().equals(CLI_ENTRY_POINT_ANNOTATION))) {
                return true;
            }
            current = c.getEnclosingClass();
        }
        return false;
    }
}
