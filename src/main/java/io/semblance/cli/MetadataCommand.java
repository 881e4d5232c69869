// SPDX-License-Identifier: Apache-2.0
package io.semblance.cli;

import io.semblance.core.job.Cancellation;
import io.semblance.core.model.Dataset;
import io.semblance.core.model.Metadata;
import io.semblance.core.model.MetadataJson;
import io.semblance.core.profile.ColumnProfile;
import io.semblance.core.profile.Profiler;
import io.semblance.core.synth.Synthesis;
import io.semblance.core.io.AtomicFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Detects column types, PII and roles and writes them as SDV single-table metadata JSON. */
@Command(name = "metadata", mixinStandardHelpOptions = true,
        description = "Detect each column's type, personal information and suggested role; write SDV metadata JSON.")
public final class MetadataCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DATA", description = "Input table (.csv, .tsv, .txt, .xlsx).")
    Path data;

    @Option(names = {"-o", "--output"}, paramLabel = "META.json",
            description = "Write the metadata here (default: print it to standard output).")
    Path output;

    @Option(names = "--force", description = "Replace the output file if it exists.")
    boolean force;

    @Option(names = {"-q", "--quiet"}, description = "No progress or summary on standard error.")
    boolean quiet;

    @Mixin
    ReadOptionsMixin read = new ReadOptionsMixin();

    @Override
    public Integer call() throws Exception {
        Outputs.refuseExisting(output, force);
        var err = spec.commandLine().getErr();
        ConsoleProgress progress = new ConsoleProgress(System.err, quiet);
        Dataset d = Inputs.table(data, read, progress, err);
        List<ColumnProfile> profiles = Synthesis.profiler().profile(d, progress, Cancellation.NEVER);
        progress.done();
        Metadata meta = Profiler.metadata(profiles);
        String json = MetadataJson.write(meta);
        if (output == null) {
            spec.commandLine().getOut().print(json);
            spec.commandLine().getOut().flush();
        } else {
            AtomicFiles.write(output, force, out -> out.write(json.getBytes(StandardCharsets.UTF_8)));
        }
        if (!quiet) {
            for (ColumnProfile p : profiles) {
                err.printf("%-24s %-18s %-17s %s%s%n", p.meta().name(), p.meta().sdtypeName(), p.meta().role().jsonName(),
                        p.typeReason(), p.pii() != null ? String.format(" (PII confidence %.2f)", p.pii().confidence()) : "");
            }
            err.flush();
        }
        return ExitCodes.OK;
    }
}
