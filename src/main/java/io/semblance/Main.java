// SPDX-License-Identifier: Apache-2.0
package io.semblance;

import io.semblance.cli.Cli;
import io.semblance.ui.StartupFile;
import io.semblance.ui.WorkbenchApp;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import javafx.application.Application;

/**
 * Entry point: no arguments (or only --sample) opens the workbench; a single argument naming an existing file (what a
 * desktop passes when a table or project is opened with Semblance) opens the workbench on that file; anything else
 * runs the command line.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        Optional<Path> file = fileToOpen(args);
        if (args.length == 0 || (args.length == 1 && args[0].equals("--sample")) || file.isPresent()) {
            file.ifPresent(StartupFile::choose);
            Application.launch(WorkbenchApp.class);
            return;
        }
        PrintWriter err = new PrintWriter(System.err, true);
        Cli.reportUncaughtFailures(err);
        System.exit(Cli.run(args, new PrintWriter(System.out, true), err));
    }

    /** The file named by a lone argument that is an existing file and neither an option nor a command. */
    static Optional<Path> fileToOpen(String[] args) {
        if (args.length != 1 || args[0].isBlank() || args[0].startsWith("-")) {
            return Optional.empty();
        }
        try {
            Path file = Path.of(args[0]);
            return Files.isRegularFile(file) && !Cli.commands().contains(args[0]) ? Optional.of(file) : Optional.empty();
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }
}
