package org.emdrill;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Keeps the layers of DESIGN.md honest: logic stays free of JavaFX, and data flows one way. */
@AnalyzeClasses(packages = "org.emdrill", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule logicHasNoJavaFx = noClasses()
            .that().resideInAnyPackage("org.emdrill.domain..", "org.emdrill.bank..", "org.emdrill.practice..",
                    "org.emdrill.store..", "org.emdrill.insights..", "org.emdrill.settings..", "org.emdrill.audio..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "atlantafx..",
                    "org.kordamp.ikonli..")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule domainUsesOnlyTheJdk = noClasses()
            .that().resideInAPackage("org.emdrill.domain..")
            .should().dependOnClassesThat().resideOutsideOfPackages("org.emdrill.domain..", "java..");

    @ArchTest
    static final ArchRule servicesNeverCallTheUi = noClasses()
            .that().resideOutsideOfPackages("org.emdrill.ui..", "org.emdrill.app..")
            .should().dependOnClassesThat().resideInAnyPackage("org.emdrill.ui..", "org.emdrill.app..");

    @ArchTest
    static final ArchRule uiDoesNotReachIntoTheApp = noClasses()
            .that().resideInAPackage("org.emdrill.ui..")
            .should().dependOnClassesThat().resideInAPackage("org.emdrill.app..");
}
