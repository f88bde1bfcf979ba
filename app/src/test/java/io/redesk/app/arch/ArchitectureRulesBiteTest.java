package io.redesk.app.arch;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import io.redesk.app.archfixture.AppService;
import io.redesk.app.archfixture.PrintingCli;
import io.redesk.sdk.model.archfixture.SdkModel;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Each architecture rule catches a real violation and leaves allowed code alone, checked against
 * fixture classes in app's test sources (which ArchitectureTest does not import). Without this, a
 * rule with a typo in a package name would pass forever on modules that are still nearly empty.
 */
class ArchitectureRulesBiteTest {

    // imported by path: fast (no class-path scan) and includes nested classes such as PrintingCli$1
    private static final JavaClasses FIXTURES = new ClassFileImporter().importPaths(
            Stream.of("domain", "sdk", "sdk/model", "store", "recon", "exchange", "app")
                    .map(module -> Path.of("target/test-classes/io/redesk", module, "archfixture"))
                    .toList());

    private static String violations(ArchRule rule) {
        EvaluationResult result = rule.evaluate(FIXTURES);
        return String.join("\n", result.getFailureReport().getDetails());
    }

    @Test
    void fixturesAreImported() {
        assertThat(FIXTURES.contain(AppService.class)).isTrue();
        assertThat(FIXTURES.contain(PrintingCli.class.getName() + "$1")).isTrue();
        assertThat(FIXTURES.contain(SdkModel.class)).isTrue();
    }

    @Test
    void domainMayNotUseFrameworksOrOurOtherModules() {
        String report = violations(ArchitectureRules.DOMAIN_DEPENDS_ON_JDK_ONLY);
        assertThat(report).contains("DomainWithFrameworkAndIo").contains("org.slf4j.Logger")
                .doesNotContain("PureDomain");
    }

    @Test
    void domainMayNotDoIo() {
        assertThat(violations(ArchitectureRules.DOMAIN_DOES_NO_IO)).contains("java.nio.file.Files")
                .doesNotContain("PureDomain");
    }

    @Test
    void sdkMayNotUseTheStore() {
        assertThat(violations(ArchitectureRules.SDK_DEPENDS_ONLY_ON_DOMAIN))
                .contains("SdkClientUsingStore").contains("io.redesk.store.archfixture.StoreRepository");
    }

    @Test
    void storeMayNotUseApp() {
        assertThat(violations(ArchitectureRules.STORE_DEPENDS_ONLY_ON_DOMAIN))
                .contains("StoreRepository").contains("io.redesk.app.archfixture.AppService");
    }

    @Test
    void reconMayNotUseTheStoreOrApp() {
        assertThat(violations(ArchitectureRules.RECON_DEPENDS_ONLY_ON_DOMAIN))
                .contains("ReconUsingStore").contains("io.redesk.store.archfixture.StoreRepository")
                .doesNotContain("ReconUsingDomainOnly");
    }

    @Test
    void exchangeMayUseTheSdkModelButNotTheSdkClient() {
        String report = violations(ArchitectureRules.EXCHANGE_USES_ONLY_DOMAIN_AND_SDK_MODEL);
        assertThat(report).contains("io.redesk.sdk.archfixture.SdkClientUsingStore")
                .doesNotContain("ExchangeUsingModelOnly");
    }

    @Test
    void onlyAppMayDependOnApp() {
        assertThat(violations(ArchitectureRules.NOTHING_BUT_APP_DEPENDS_ON_APP))
                .contains("StoreRepository").contains("AppService");
    }

    @Test
    void appMayNotReachIntoExchangeInternals() {
        assertThat(violations(ArchitectureRules.APP_USES_EXCHANGE_ONLY_THROUGH_ITS_LAUNCHER))
                .contains("AppService").contains("ExchangeInternal");
    }

    @Test
    void javafxIsForbiddenOutsideTheUiPackages() {
        assertThat(violations(ArchitectureRules.NO_JAVAFX_OUTSIDE_UI))
                .contains("AppService").contains("javafx.beans.property.SimpleStringProperty");
    }

    @Test
    void loggingApisOtherThanSlf4jAreForbidden() {
        String report = violations(ArchitectureRules.SLF4J_ONLY);
        assertThat(report).contains("java.util.logging.Logger").doesNotContain("org.slf4j");
    }

    @Test
    void libraryCodeMayNotPrintButCliEntryPointsMay() {
        String report = violations(ArchitectureRules.NO_STANDARD_STREAMS_IN_LIBRARY_CODE);
        assertThat(report).contains("AppService").contains("System.out").contains("printStackTrace")
                .doesNotContain("PrintingCli");
    }

    @Test
    void realLauncherIsTheOnlyExemptionFromUiLayering() {
        JavaClasses app = new ClassFileImporter().importPath(Path.of("target/classes"));
        assertThat(app.contain("io.redesk.app.Launcher")).isTrue();
        assertThat(ArchitectureRules.UI_FREE_APP_CODE_DOES_NOT_USE_UI.evaluate(app).hasViolation()).isFalse();
        assertThat(ArchitectureRules.UI_FREE_APP_CODE_DOES_NOT_USE_UI.evaluate(FIXTURES).hasViolation()).isFalse();
    }
}
