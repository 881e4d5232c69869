// SPDX-License-Identifier: Apache-2.0
package io.semblance;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layering rules: the engine never sees a toolkit, and the workbench reaches the engine only through core. */
@AnalyzeClasses(packages = "io.semblance", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule engineIsFreeOfUserInterfaceToolkits = noClasses()
            .that().resideInAPackage("io.semblance.core..")
            .should().dependOnClassesThat()
            .resideInAnyPackage("javafx..", "java.awt..", "org.jfree..", "org.controlsfx..")
            .because("the engine ships as a library and runs on the command line without a display");

    @ArchTest
    static final ArchRule workbenchUsesTheEngineNotItsLibraries = noClasses()
            .that().resideInAPackage("io.semblance.ui..")
            .should().dependOnClassesThat()
            .resideInAnyPackage("org.apache.commons.math3..", "tech.tablesaw..")
            .because("numerical and table libraries are the engine's business; the workbench calls core");
}
