// SPDX-License-Identifier: Apache-2.0
package io.semblance;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.net.DatagramSocket;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URL;
import java.net.URLConnection;
import java.nio.channels.AsynchronousServerSocketChannel;
import java.nio.channels.AsynchronousSocketChannel;
import java.nio.channels.DatagramChannel;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;

/**
 * The layering rules: the engine never sees a toolkit, the workbench reaches the engine only through core, and no
 * class of the application can open a network connection.
 */
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

    /** Sockets of every kind, URL connections (HTTP, FTP, jar), the HTTP client and socket factories. */
    static final DescribedPredicate<JavaClass> NETWORK = assignableTo(Socket.class)
            .or(assignableTo(ServerSocket.class))
            .or(assignableTo(DatagramSocket.class))
            .or(assignableTo(URLConnection.class))
            .or(assignableTo(SocketChannel.class))
            .or(assignableTo(ServerSocketChannel.class))
            .or(assignableTo(DatagramChannel.class))
            .or(assignableTo(AsynchronousSocketChannel.class))
            .or(assignableTo(AsynchronousServerSocketChannel.class))
            .or(resideInAnyPackage("java.net.http..", "javax.net.."))
            .as("sockets, URL connections or the HTTP client");

    @ArchTest
    static final ArchRule nothingOpensANetworkConnection = noClasses()
            .that().resideInAPackage("io.semblance..")
            .should().dependOnClassesThat(NETWORK)
            .orShould().callMethod(URL.class, "openConnection")
            .orShould().callMethod(URL.class, "openStream")
            .because("Semblance works offline: a sensitive table and what is learnt from it never leave the machine");
}
