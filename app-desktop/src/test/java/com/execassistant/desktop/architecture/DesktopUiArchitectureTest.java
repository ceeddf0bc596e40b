package com.execassistant.desktop.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * MVVM in the desktop app: ViewModels hold state as JavaFX properties and collections, never a
 * Node, a stage or the FX thread, so they are tested without the toolkit.
 */
@AnalyzeClasses(
        packages = "com.execassistant.desktop",
        importOptions = ImportOption.DoNotIncludeTests.class)
class DesktopUiArchitectureTest {

    @ArchTest
    static final ArchRule view_models_hold_no_javafx_node =
            noClasses()
                    .that()
                    .haveSimpleNameEndingWith("ViewModel")
                    .should()
                    .dependOnClassesThat()
                    .areAssignableTo("javafx.scene.Node")
                    .because("a ViewModel is tested without the JavaFX toolkit");

    @ArchTest
    static final ArchRule view_models_use_only_properties_and_collections_of_javafx =
            noClasses()
                    .that()
                    .haveSimpleNameEndingWith("ViewModel")
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage(
                            "javafx.scene..",
                            "javafx.stage..",
                            "javafx.application..",
                            "javafx.concurrent..")
                    .because("work goes through the UiExecutor, not Platform.runLater or Task");

    @ArchTest
    static final ArchRule only_the_ui_uses_javafx =
            noClasses()
                    .that()
                    .resideInAPackage("com.execassistant.desktop..")
                    .and()
                    .resideOutsideOfPackage("com.execassistant.desktop.ui..")
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage("javafx..", "atlantafx..");
}
