// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui.tour;

import io.semblance.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Benchmark, not a test: how smoothly the workbench keeps drawing while it synthesizes many rows. Runs the tour on
 * adult with {@code args[0]} rows (default 1,000,000) and prints the gaps between FX pulses during the synthesis,
 * then what the FX thread was doing whenever a pulse came late and the long garbage-collector pauses.
 */
public final class SynthesisPulses {
    private SynthesisPulses() {
    }

    public static void main(String[] args) {
        try {
            measure(args);
            System.exit(0);
        } catch (Exception | Error e) {
            e.printStackTrace();
            System.exit(1);
        }
    }

    private static void measure(String[] args) throws Exception {
        long rows = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000;
        Path out = Files.createTempDirectory("synthesis-pulses");
        Toolkit.start();
        StallSampler sampler = new StallSampler();
        sampler.start();
        long[] window = {Long.MAX_VALUE, Long.MAX_VALUE};
        Tour.Result r = Tour.walk(new Tour.Options(Fixtures.ADULT.path(), out, 1440, 900, 1, rows,
                Duration.ofMinutes(30)), line -> {
                    System.out.println(line);
                    if (line.startsWith("synthesizing")) {
                        window[0] = StallSampler.now();
                    } else if (line.startsWith("run ")) {
                        window[1] = StallSampler.now();
                    }
                });
        sampler.report(window[0], window[1], System.out);
        System.out.printf("%,d rows in %.1f s; during the synthesis the window drew %s%n",
                r.run().synthetic().rowCount(), r.run().elapsed().toMillis() / 1000.0, r.duringSynthesis().describe());
    }
}
