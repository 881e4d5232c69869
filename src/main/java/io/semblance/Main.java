// SPDX-License-Identifier: Apache-2.0
package io.semblance;

import io.semblance.cli.Cli;
import io.semblance.ui.WorkbenchApp;
import java.io.PrintWriter;
import javafx.application.Application;

/** Entry point: no arguments (or only --sample) opens the workbench; a sub-command runs the command line. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0 || (args.length == 1 && args[0].equals("--sample"))) {
            Application.launch(WorkbenchApp.class);
            return;
        }
        PrintWriter err = new PrintWriter(System.err, true);
        Cli.reportUncaughtFailures(err);
        System.exit(Cli.run(args, new PrintWriter(System.out, true), err));
    }
}
