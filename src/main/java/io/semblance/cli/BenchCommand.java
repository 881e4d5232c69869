// SPDX-License-Identifier: Apache-2.0
package io.semblance.cli;

import io.semblance.core.job.Cancellation;
import io.semblance.core.job.ProgressListener;
import io.semblance.core.model.Dataset;
import io.semblance.core.model.Metadata;
import io.semblance.core.synth.FittedModel;
import io.semblance.core.synth.Synthesis;
import io.semblance.core.synth.output.SampleWriter;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Times read, detect, fit and sample-and-write of a table, and reports the peak heap in use. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure synthesis speed and memory on DATA: read, detect, fit, then sample and write N rows"
                + " to a temporary file (deleted afterwards). Repeats to show warm figures too.")
public final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DATA", description = "Input table.")
    Path data;

    @Option(names = "--rows", paramLabel = "N", description = "Rows to generate (default: as many as the input).")
    Long rows;

    @Option(names = "--repeat", defaultValue = "1", paramLabel = "K", description = "Runs (default: ${DEFAULT-VALUE}).")
    int repeat;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "N", description = "Seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Mixin
    ReadOptionsMixin read = new ReadOptionsMixin();

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%-4s %9s %9s %9s %12s %9s %12s%n", "run", "read ms", "detect ms", "fit ms", "sample ms", "total ms", "rows/s");
        Path tmp = Files.createTempFile("semblance-bench", ".csv");
        try {
            for (int r = 1; r <= repeat; r++) {
                long t0 = System.nanoTime();
                Dataset d = Inputs.table(data, read, ProgressListener.NONE, spec.commandLine().getErr());
                long t1 = System.nanoTime();
                Metadata meta = Synthesis.detect(d, ProgressListener.NONE, Cancellation.NEVER);
                long t2 = System.nanoTime();
                FittedModel m = Synthesis.fit("copula", d, meta, seed, Locale.US, ProgressListener.NONE, Cancellation.NEVER);
                long t3 = System.nanoTime();
                long n = rows != null ? rows : d.rowCount();
                new SampleWriter().write(m, n, seed, tmp, true, ProgressListener.NONE, Cancellation.NEVER);
                long t4 = System.nanoTime();
                out.printf("%-4d %9.0f %9.0f %9.0f %12.0f %9.0f %12.0f%n", r, ms(t1 - t0), ms(t2 - t1), ms(t3 - t2),
                        ms(t4 - t3), ms(t4 - t0), n / ((t4 - t3) / 1e9));
                out.flush();
            }
            out.printf("output %,d bytes; peak heap used %.0f MB of max %.0f MB; %d cores%n", Files.size(tmp),
                    peakHeap() / 1048576.0, Runtime.getRuntime().maxMemory() / 1048576.0,
                    Runtime.getRuntime().availableProcessors());
        } finally {
            Files.deleteIfExists(tmp);
        }
        return ExitCodes.OK;
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    /** Sum over heap pools of each pool's peak usage: an upper bound of the heap in use at any moment. */
    static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                sum += p.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
