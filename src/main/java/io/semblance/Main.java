// SPDX-License-Identifier: Apache-2.0
package io.semblance;

import io.semblance.cli.Cli;
import java.io.PrintWriter;

/** Entry point: no arguments opens the workbench; a sub-command runs the command line. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            Class.forName("io.semblance.ui.WorkbenchApp").getMethod("main", String[].class).invoke(null, (Object) args);
            return;
        }
        int code = Cli.run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
        System.exit(code);
    }
}
