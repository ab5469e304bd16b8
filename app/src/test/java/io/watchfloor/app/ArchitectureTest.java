package io.watchfloor.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module boundaries of DESIGN.md, as rules: dependencies point one way
 * ({@code app -> engine -> connectors -> core}, {@code simulator -> core}), only {@code app} sees
 * JavaFX, and only {@code app.fx} moves work onto the FX thread.
 */
class ArchitectureTest {
    private static JavaClasses production;

    @BeforeAll
    static void importClasses() {
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.watchfloor");
    }

    @Test
    void everyModuleIsImported() {
        for (String pkg : new String[] {"io.watchfloor.core", "io.watchfloor.connectors", "io.watchfloor.engine",
                "io.watchfloor.simulator", "io.watchfloor.store", "io.watchfloor.app"}) {
            org.assertj.core.api.Assertions.assertThat(production.containPackage(pkg)).as(pkg).isTrue();
        }
    }

    @Test
    void coreIsPureJavaAndDependsOnNothingOfOurs() {
        classes().that().resideInAPackage("io.watchfloor.core..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("io.watchfloor.core..", "java..", "org.slf4j..")
                .check(production);
    }

    @Test
    void onlyTheAppSeesJavaFxTilesFxOrControlsFx() {
        noClasses().that().resideOutsideOfPackage("io.watchfloor.app..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "eu.hansolo..", "org.controlsfx..",
                        "org.kordamp..", "com.sun.javafx..")
                .check(production);
    }

    @Test
    void connectorsNeverSeeEngineStoreSimulatorOrApp() {
        noClasses().that().resideInAPackage("io.watchfloor.connectors..")
                .should().dependOnClassesThat().resideInAnyPackage("io.watchfloor.engine..", "io.watchfloor.store..",
                        "io.watchfloor.simulator..", "io.watchfloor.app..")
                .check(production);
    }

    @Test
    void storeSeesOnlyTheDomainAndNeverConnectorsEngineOrApp() {
        noClasses().that().resideInAPackage("io.watchfloor.store..")
                .should().dependOnClassesThat().resideInAnyPackage("io.watchfloor.connectors..", "io.watchfloor.engine..",
                        "io.watchfloor.simulator..", "io.watchfloor.app..")
                .check(production);
    }

    @Test
    void simulatorSpeaksTheWireFormatsOnItsOwn() {
        noClasses().that().resideInAPackage("io.watchfloor.simulator..")
                .should().dependOnClassesThat().resideInAnyPackage("io.watchfloor.connectors..",
                        "io.watchfloor.engine..", "io.watchfloor.store..", "io.watchfloor.app..")
                .check(production);
    }

    @Test
    void engineNeverSeesTheAppOrTheSimulator() {
        noClasses().that().resideInAPackage("io.watchfloor.engine..")
                .should().dependOnClassesThat().resideInAnyPackage("io.watchfloor.app..", "io.watchfloor.simulator..")
                .check(production);
    }

    @Test
    void onlyTheFxBridgePackageSchedulesWorkOnTheFxThread() {
        noClasses().that().resideOutsideOfPackage("io.watchfloor.app.fx..")
                .should().callMethod(javafx.application.Platform.class, "runLater", Runnable.class)
                .check(production);
    }
}
