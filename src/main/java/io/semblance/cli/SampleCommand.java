// SPDX-License-Identifier: Apache-2.0
package io.semblance.cli;

import io.semblance.core.job.Cancellation;
import io.semblance.core.synth.FittedModel;
import io.semblance.core.synth.ModelFiles;
import io.semblance.core.synth.Seeds;
import io.semblance.core.synth.constraints.ConstraintsJson;
import io.semblance.core.synth.output.SampleWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Draws rows from a saved model. */
@Command(name = "sample", mixinStandardHelpOptions = true,
        description = "Draw synthetic rows from a saved model (copula or cart); constraints saved with it apply.")
public final class SampleCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "MODEL", description = "A model saved by synth --save-model.")
    Path model;

    @Option(names = "--rows", required = true, paramLabel = "N", description = "Rows to generate.")
    long rows;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT.csv", description = "Synthetic table to write.")
    Path output;

    @Option(names = "--seed", paramLabel = "N", description = "Random seed (default: random, printed).")
    Long seed;

    @Option(names = "--force", description = "Replace the output file if it exists.")
    boolean force;

    @Option(names = {"-q", "--quiet"}, description = "No progress on standard error.")
    boolean quiet;

    @Override
    public Integer call() throws Exception {
        if (rows < 0) {
            throw new Cli.UsageException("--rows must be 0 or more");
        }
        Outputs.refuseExisting(output, force);
        ConsoleProgress progress = new ConsoleProgress(System.err, quiet);
        FittedModel m = ModelFiles.load(model);
        var constraints = ConstraintsJson.constraintsOf(m);
        if (!constraints.isEmpty() && !quiet) {
            spec.commandLine().getErr().println("constraints saved with the model: " + String.join(", ",
                    constraints.stream().map(k -> "\"" + k.text() + "\"").toList()));
        }
        long s = seed != null ? seed : Seeds.fresh();
        new SampleWriter().write(m, rows, s, output, force, progress, Cancellation.NEVER);
        progress.done();
        Outputs.seedNote(seed, s, quiet, spec.commandLine().getErr());
        return ExitCodes.OK;
    }
}
