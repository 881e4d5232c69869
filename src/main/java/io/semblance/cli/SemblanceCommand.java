// SPDX-License-Identifier: Apache-2.0
package io.semblance.cli;

import picocli.CommandLine.Command;

/** The top-level command: groups the sub-commands. */
@Command(name = "semblance", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Turns a sensitive table into a synthetic one that keeps its statistics and drops its people.%n"
                + "Without a command, opens the workbench.",
        subcommands = {MetadataCommand.class, SynthCommand.class, SampleCommand.class, EvaluateCommand.class, BenchCommand.class,
            TourCommand.class, SampleDataCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:internal failure", "2:usage error", "3:bad input", "4:not enough memory"})
public final class SemblanceCommand {
}
