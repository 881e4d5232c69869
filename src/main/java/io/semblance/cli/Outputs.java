// SPDX-License-Identifier: Apache-2.0
package io.semblance.cli;

import java.io.PrintWriter;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;

/** What the commands that write files share: refusing to replace a file without --force, and naming a random seed. */
final class Outputs {
    private Outputs() {
    }

    /**
     * Refuses a file that exists unless {@code force} is set; null (an output not asked for) passes.
     *
     * @throws FileAlreadyExistsException naming the file, which the command line reports as needing --force
     */
    static void refuseExisting(Path file, boolean force) throws FileAlreadyExistsException {
        if (file != null && !force && Files.exists(file)) {
            throw new FileAlreadyExistsException(file.toString());
        }
    }

    /** Unless quiet or a seed was given ({@code given} not null), prints the seed drawn, to repeat the output. */
    static void seedNote(Long given, long used, boolean quiet, PrintWriter err) {
        if (given == null && !quiet) {
            err.println("seed: " + used + " (pass --seed " + used + " to repeat this output)");
            err.flush();
        }
    }
}
