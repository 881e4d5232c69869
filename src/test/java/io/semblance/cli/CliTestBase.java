// SPDX-License-Identifier: Apache-2.0
package io.semblance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * Runs the command line in the test's JVM, as a user would type it, and keeps what it printed: {@link #out} and
 * {@link #err} hold the last run's standard output and error.
 */
abstract class CliTestBase {
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    /** Runs {@code semblance args...} with both streams emptied first; returns the exit code. */
    int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return Cli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    /** Runs the command and checks that it exits with {@code code} and that standard error reads {@code error}. */
    void assertFails(int code, String error, String... args) {
        assertEquals(code, run(args), err::toString);
        assertEquals(error, err.toString().strip());
    }

    /** Runs the command and checks that it exits with {@code code} and that standard error contains {@code part}. */
    void assertFailsSaying(int code, String part, String... args) {
        assertEquals(code, run(args), err::toString);
        assertTrue(err.toString().contains(part), err.toString());
    }
}
