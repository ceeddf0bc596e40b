package com.execassistant.core.context;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The context port knows nothing of where context comes from. */
@AnalyzeClasses(
        packages = "com.execassistant.core.context",
        importOptions = ImportOption.DoNotIncludeTests.class)
class ContextArchitectureTest {

    @ArchTest
    static final ArchRule port_does_not_know_its_adapters =
            noClasses()
                    .that()
                    .resideInAPackage("com.execassistant.core.context")
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage(
                            "com.execassistant.core.context.file..",
                            "com.fasterxml.jackson..",
                            "org.yaml..");
}
