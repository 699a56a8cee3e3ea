package org.emdrill;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Keeps the layers of DESIGN.md honest: logic stays free of JavaFX, and data flows one way. */
@AnalyzeClasses(packages = "org.emdrill", importOptions = ArchitectureTest.ProductionClassesOnly.class)
class ArchitectureTest {

    /** Leaves out compiled tests wherever the build puts them (also with -Dbuild.dir=...). */
    static final class ProductionClassesOnly implements ImportOption {
        @Override
        public boolean includes(com.tngtech.archunit.core.importer.Location location) {
            return !location.contains("/test-classes/");
        }
    }

    @ArchTest
    static final ArchRule logicHasNoJavaFx = noClasses()
            .that().resideInAnyPackage("org.emdrill.domain..", "org.emdrill.bank..", "org.emdrill.practice..",
                    "org.emdrill.store..", "org.emdrill.insights..", "org.emdrill.settings..", "org.emdrill.audio..",
                    "org.emdrill.files..", "org.emdrill.stories..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "atlantafx..",
                    "org.kordamp.ikonli..")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule domainUsesOnlyTheJdk = noClasses()
            .that().resideInAPackage("org.emdrill.domain..")
            .should().dependOnClassesThat().resideOutsideOfPackages("org.emdrill.domain..", "java..");

    /** Atomic file writing sits below bank, settings and store, so it may use nothing of ours. */
    @ArchTest
    static final ArchRule filesUsesOnlyTheJdk = noClasses()
            .that().resideInAPackage("org.emdrill.files..")
            .should().dependOnClassesThat().resideOutsideOfPackages("org.emdrill.files..", "java..");

    @ArchTest
    static final ArchRule servicesNeverCallTheUi = noClasses()
            .that().resideOutsideOfPackages("org.emdrill.ui..", "org.emdrill.app..")
            .should().dependOnClassesThat().resideInAnyPackage("org.emdrill.ui..", "org.emdrill.app..");

    /** Privacy: the app makes no network connections of its own. */
    @ArchTest
    static final ArchRule noNetworking = noClasses()
            .should().dependOnClassesThat().haveFullyQualifiedName("java.net.Socket")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.URLConnection")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.HttpURLConnection")
            .orShould().dependOnClassesThat().resideInAPackage("java.net.http..")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.nio.channels.SocketChannel");

    /** Security: bank and import files are data; Jackson never instantiates classes named in them. */
    @ArchTest
    static final ArchRule noPolymorphicJson = noClasses()
            .should().callMethod(com.fasterxml.jackson.databind.ObjectMapper.class, "activateDefaultTyping",
                    com.fasterxml.jackson.databind.jsontype.PolymorphicTypeValidator.class)
            .orShould().callMethod(com.fasterxml.jackson.databind.ObjectMapper.class, "enableDefaultTyping")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("com.fasterxml.jackson.annotation.JsonTypeInfo");

    /**
     * Screens hold views and view models only: file, database and JSON work lives in the layer that owns
     * it and reaches the screen through a background task.
     */
    @ArchTest
    static final ArchRule uiDoesNoFileSqlOrJsonWork = noClasses()
            .that().resideInAPackage("org.emdrill.ui..")
            .should().dependOnClassesThat().resideInAPackage("java.sql..")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.nio.file.Files")
            .orShould().dependOnClassesThat().resideInAPackage("com.fasterxml.jackson..");

    @ArchTest
    static final ArchRule uiDoesNotReachIntoTheApp = noClasses()
            .that().resideInAPackage("org.emdrill.ui..")
            .should().dependOnClassesThat().resideInAPackage("org.emdrill.app..");
}
