// SPDX-License-Identifier: Apache-2.0
package io.semblance;

import io.semblance.ui.WorkbenchApp;
import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import javafx.application.Application;

/** Starts the workbench when given no arguments (or only --sample); otherwise runs the command line. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0 || (args.length == 1 && args[0].equals("--sample"))) {
            Application.launch(WorkbenchApp.class);
            return;
        }
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        int code;
        try {
            code = (int) Class.forName("io.semblance.cli.Cli")
                    .getMethod("run", String[].class, PrintWriter.class, PrintWriter.class)
                    .invoke(null, args, out, err);
        } catch (ClassNotFoundException e) {
            err.println("command line not available in this build");
            code = 1;
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof Exception x ? x : e;
        }
        System.exit(code);
    }
}
