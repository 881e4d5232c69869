// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui.tour;

import io.semblance.Fixtures;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Benchmark, not a test: how smoothly the workbench keeps drawing while it synthesizes many rows of adult. Runs the
 * tour (the real window: headless with Monocle, or under Xvfb) with ROWS rows (default 1,000,000) and prints the
 * gaps between FX pulses during the synthesis, with the machine's load average before and after. With
 * {@code --why} it also samples what the FX thread was doing whenever a pulse came late, and the GC pauses within
 * each stall; sampling another thread's stack pauses the JVM itself, so figures taken with {@code --why} read high.
 * <p>
 * Run from the project folder: {@code mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=cp.txt},
 * then {@code java -Dheadless.geometry=1600x1000-32 -Dglass.platform=Monocle -Dmonocle.platform=Headless
 * -Dprism.order=sw -cp target/test-classes:target/classes:$(cat cp.txt) io.semblance.ui.tour.SynthesisPulses
 * [ROWS] [--why]}.
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
        List<String> a = Arrays.asList(args);
        boolean why = a.contains("--why");
        long rows = a.stream().filter(s -> !s.startsWith("--")).mapToLong(Long::parseLong).findFirst()
                .orElse(1_000_000);
        Path out = Files.createTempDirectory("synthesis-pulses");
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        Toolkit.start();
        StallSampler sampler = new StallSampler();
        if (why) {
            sampler.start();
        }
        long[] window = {Long.MAX_VALUE, Long.MAX_VALUE};
        Tour.Result r = Tour.walk(new Tour.Options(Fixtures.ADULT.path(), out, 1440, 900, 1, rows,
                Duration.ofMinutes(30)), line -> {
                    if (line.startsWith("synthesizing")) {
                        window[0] = StallSampler.now();
                    } else if (line.startsWith("run ")) {
                        window[1] = StallSampler.now();
                    }
                });
        if (why) {
            sampler.report(window[0], window[1], System.out);
        }
        System.out.printf("%,d rows in %.1f s on %d cores (load average %.1f before, %.1f after); during the"
                + " synthesis the window drew %s%n", r.run().synthetic().rowCount(),
                r.run().elapsed().toMillis() / 1000.0, Runtime.getRuntime().availableProcessors(), loadBefore,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), r.duringSynthesis().describe());
        try (Stream<Path> files = Files.walk(out)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
