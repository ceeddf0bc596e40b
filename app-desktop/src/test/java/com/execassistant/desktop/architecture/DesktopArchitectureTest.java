package com.execassistant.desktop.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The desktop's arrows: never to the cloud backend; storage stays out of the CLI's way. */
@AnalyzeClasses(
        packages = "com.execassistant",
        importOptions = ImportOption.DoNotIncludeTests.class)
class DesktopArchitectureTest {

    @ArchTest
    static final ArchRule desktop_never_depends_on_the_backend =
            noClasses()
                    .that()
                    .resideInAPackage("com.execassistant.desktop..")
                    .should()
                    .dependOnClassesThat()
                    .resideInAPackage("com.execassistant.backend..");

    @ArchTest
    static final ArchRule core_never_depends_on_the_desktop =
            noClasses()
                    .that()
                    .resideInAPackage("com.execassistant.core..")
                    .should()
                    .dependOnClassesThat()
                    .resideInAPackage("com.execassistant.desktop..");

    @ArchTest
    static final ArchRule only_the_store_speaks_jdbc =
            noClasses()
                    .that()
                    .resideInAPackage("com.execassistant.desktop..")
                    .and()
                    .resideOutsideOfPackage("com.execassistant.desktop.store..")
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage("java.sql..", "org.h2..", "org.flywaydb..");
}
