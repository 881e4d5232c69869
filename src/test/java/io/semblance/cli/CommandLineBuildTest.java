// SPDX-License-Identifier: Apache-2.0
package io.semblance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** A command line naming a sub-command builds only that one, and reads and reports exactly as the whole tree does. */
class CommandLineBuildTest {
    private static final List<String> ALL = List.of("metadata", "synth", "sample", "evaluate", "bench", "tour",
            "sample-data");

    @Test
    void onlyTheNamedSubcommandIsBuilt() {
        for (String name : ALL) {
            CommandLine cl = Cli.commandLine(new String[]{name, "--help"});
            assertEquals(List.of(name), List.copyOf(cl.getSubcommands().keySet()));
            assertEquals("semblance " + name, cl.getSubcommands().get(name).getCommandSpec().qualifiedName());
        }
        assertTrue(Cli.commandLine(new String[]{"--help"}).getSubcommands().keySet().containsAll(ALL));
        assertTrue(Cli.commandLine(new String[0]).getSubcommands().keySet().containsAll(ALL));
        assertTrue(Cli.commandLine(new String[]{"synthesize"}).getSubcommands().keySet().containsAll(ALL));
    }

    @Test
    void helpAndUsageErrorsReadAsBefore() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertEquals(0, Cli.run(new String[]{"sample-data", "--help"}, new PrintWriter(out, true),
                new PrintWriter(err, true)));
        assertTrue(out.toString().startsWith("Usage: semblance sample-data "), out.toString());
        out.getBuffer().setLength(0);
        assertEquals(0, Cli.run(new String[]{"--help"}, new PrintWriter(out, true), new PrintWriter(err, true)));
        for (String name : ALL) {
            assertTrue(out.toString().contains("  " + name + " "), name + " in " + out);
        }
        assertEquals(2, Cli.run(new String[]{"synth", "--no-such-option"}, new PrintWriter(out, true),
                new PrintWriter(err, true)));
        assertTrue(err.toString().contains("Try 'semblance synth --help' for usage."), err.toString());
    }
}
