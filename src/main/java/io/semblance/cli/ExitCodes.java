// SPDX-License-Identifier: Apache-2.0
package io.semblance.cli;

/** Process exit codes of the command line. */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int INTERNAL = 1;
    public static final int USAGE = 2;
    public static final int BAD_INPUT = 3;
    /** The job does not fit in the memory Java was given. */
    public static final int NO_MEMORY = 4;
    public static final int CANCELLED = 130;

    private ExitCodes() {
    }
}
