// SPDX-License-Identifier: Apache-2.0
package io.semblance.cli;

import io.semblance.core.io.CsvWriter;
import io.semblance.core.samples.PatientsGenerator;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Makes the sample tables the project generates itself (so far one: made-up hospital patients). */
@Command(name = "sample-data", mixinStandardHelpOptions = true,
        description = "Make a sample table the project generates itself.",
        subcommands = SampleDataCommand.Patients.class)
public final class SampleDataCommand {

    /** Writes made-up hospital patients with personal information; the defaults give sample-data/patients.csv. */
    @Command(name = "patients", mixinStandardHelpOptions = true,
            description = "Write made-up hospital stays (every person invented: SSNs in never-issued ranges,"
                    + " e-mail at example.com, phones 555-01xx) with identifiers, quasi-identifiers and a diagnosis."
                    + " The defaults reproduce sample-data/patients.csv byte for byte.")
    static final class Patients implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--rows", defaultValue = "" + PatientsGenerator.SAMPLE_ROWS, paramLabel = "N",
                description = "Rows (default: ${DEFAULT-VALUE}).")
        int rows;

        @Option(names = "--seed", defaultValue = "" + PatientsGenerator.SAMPLE_SEED, paramLabel = "N",
                description = "Seed (default: ${DEFAULT-VALUE}); the same seed and rows give the same file.")
        long seed;

        @Option(names = {"-o", "--out"}, required = true, paramLabel = "FILE", description = "CSV file to write.")
        Path out;

        @Option(names = "--force", description = "Replace the output file if it exists.")
        boolean force;

        @Override
        public Integer call() throws Exception {
            if (rows < 1 || rows > PatientsGenerator.MAX_ROWS) {
                throw new Cli.UsageException("--rows must be between 1 and " + PatientsGenerator.MAX_ROWS);
            }
            CsvWriter.write(PatientsGenerator.generate(rows, seed), out, force);
            return ExitCodes.OK;
        }
    }
}
