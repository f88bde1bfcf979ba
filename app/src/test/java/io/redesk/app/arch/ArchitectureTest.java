package io.redesk.app.arch;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Checks {@link ArchitectureRules} against the production classes of every module (app's test class
 * path holds them all). Run it again after merging main: rules bite as other modules land code.
 */
// no DoNotIncludeJars: the locations are only our modules, and past `package` Maven hands them over as jars
@AnalyzeClasses(locations = ProductionClassDirectories.class, importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** Guards the import itself: production classes of app are in, test fixtures are out. */
    @ArchTest
    static void importsProductionClassesOnly(JavaClasses classes) {
        assertThat(classes.contain("io.redesk.app.Launcher")).isTrue();
        assertThat(classes.contain("io.redesk.app.ui.RedeskApplication")).isTrue();
        assertThat(classes.contain("io.redesk.app.archfixture.AppService")).isFalse();
        assertThat(classes.contain("io.redesk.domain.money.Money")).isTrue();
        assertThat(classes.contain("io.redesk.exchange.ExchangeServer")).isTrue();
        assertThat(classes.contain("io.redesk.recon.model.Entry")).isTrue();
    }

    @ArchTest
    static final ArchRule domainDependsOnJdkOnly = ArchitectureRules.DOMAIN_DEPENDS_ON_JDK_ONLY;
    @ArchTest
    static final ArchRule domainDoesNoIo = ArchitectureRules.DOMAIN_DOES_NO_IO;
    @ArchTest
    static final ArchRule sdkDependsOnlyOnDomain = ArchitectureRules.SDK_DEPENDS_ONLY_ON_DOMAIN;
    @ArchTest
    static final ArchRule storeDependsOnlyOnDomain = ArchitectureRules.STORE_DEPENDS_ONLY_ON_DOMAIN;
    @ArchTest
    static final ArchRule reconDependsOnlyOnDomain = ArchitectureRules.RECON_DEPENDS_ONLY_ON_DOMAIN;
    @ArchTest
    static final ArchRule exchangeUsesOnlyDomainAndSdkModel = ArchitectureRules.EXCHANGE_USES_ONLY_DOMAIN_AND_SDK_MODEL;
    @ArchTest
    static final ArchRule nothingButAppDependsOnApp = ArchitectureRules.NOTHING_BUT_APP_DEPENDS_ON_APP;
    @ArchTest
    static final ArchRule appUsesExchangeOnlyThroughItsLauncher = ArchitectureRules.APP_USES_EXCHANGE_ONLY_THROUGH_ITS_LAUNCHER;
    @ArchTest
    static final ArchRule noJavafxOutsideUi = ArchitectureRules.NO_JAVAFX_OUTSIDE_UI;
    @ArchTest
    static final ArchRule uiFreeAppCodeDoesNotUseUi = ArchitectureRules.UI_FREE_APP_CODE_DOES_NOT_USE_UI;
    @ArchTest
    static final ArchRule slf4jOnly = ArchitectureRules.SLF4J_ONLY;
    @ArchTest
    static final ArchRule logbackOnlyInLoggingSetup = ArchitectureRules.LOGBACK_ONLY_IN_LOGGING_SETUP;
    @ArchTest
    static final ArchRule noStandardStreamsInLibraryCode = ArchitectureRules.NO_STANDARD_STREAMS_IN_LIBRARY_CODE;
}
