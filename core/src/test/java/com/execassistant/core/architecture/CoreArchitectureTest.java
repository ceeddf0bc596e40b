package com.execassistant.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The arrows of ARCHITECTURE.md inside core: the domain depends inward only. */
@AnalyzeClasses(
        packages = "com.execassistant.core",
        importOptions = ImportOption.DoNotIncludeTests.class)
class CoreArchitectureTest {

    private static final String[] DOMAIN = {
        "com.execassistant.core.meeting..",
        "com.execassistant.core.account..",
        "com.execassistant.core.classify..",
        "com.execassistant.core.monitor..",
    };

    @ArchTest
    static final ArchRule core_uses_no_ui_cloud_or_database_framework =
            noClasses()
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage(
                            "javafx..",
                            "software.amazon..",
                            "com.amazonaws..",
                            "java.sql..",
                            "javax.sql..",
                            "org.h2..",
                            "org.flywaydb..",
                            "com.github.kagkarlsson..")
                    .because("core is shared by the desktop and the cloud runtime");

    @ArchTest
    static final ArchRule domain_does_not_know_the_adapters =
            noClasses()
                    .that()
                    .resideInAnyPackage(DOMAIN)
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage(
                            "com.execassistant.core.calendar.google..",
                            "com.execassistant.core.calendar.ics..",
                            "com.google.api..",
                            "biweekly..",
                            "net.fortuna..")
                    .because("adapters depend on the domain, never the other way round");

    @ArchTest
    static final ArchRule adapters_do_not_depend_on_each_other =
            noClasses()
                    .that()
                    .resideInAPackage("com.execassistant.core.calendar.ics..")
                    .should()
                    .dependOnClassesThat()
                    .resideInAPackage("com.execassistant.core.calendar.google..");

    @ArchTest
    static final ArchRule calendar_port_does_not_know_its_adapters =
            noClasses()
                    .that()
                    .resideInAPackage("com.execassistant.core.calendar")
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage(
                            "com.execassistant.core.calendar.google..",
                            "com.execassistant.core.calendar.ics..");
}
