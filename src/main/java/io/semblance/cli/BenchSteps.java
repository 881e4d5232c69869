// SPDX-License-Identifier: Apache-2.0
package io.semblance.cli;

import io.semblance.core.evaluate.DiagnosticReport;
import io.semblance.core.evaluate.EncodedTable;
import io.semblance.core.evaluate.QualityReport;
import io.semblance.core.evaluate.TableEncoder;
import io.semblance.core.evaluate.ValidityReport;
import io.semblance.core.io.ReadOptions;
import io.semblance.core.io.TableReaders;
import io.semblance.core.job.Cancellation;
import io.semblance.core.job.ProgressListener;
import io.semblance.core.model.Dataset;
import io.semblance.core.model.Metadata;
import io.semblance.core.privacy.NearestNeighbors;
import io.semblance.core.privacy.RowDistance;
import io.semblance.core.synth.FittedModel;
import io.semblance.core.synth.Synthesis;
import io.semblance.core.synth.output.DatasetSampler;
import io.semblance.core.synth.output.SampleWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The measurements of {@link BenchCommand}: each runs untimed warm-up runs, then timed ones. */
final class BenchSteps {
    /** One run of a measured step. */
    @FunctionalInterface
    interface Step {
        void run() throws Exception;
    }

    private static final Pattern STREAMED =
            Pattern.compile("streamed (\\d+) rows, (\\d+) bytes in ([0-9.]+) s; peak heap (\\d+) bytes");
    private final Path data;
    private final ReadOptions options;
    private final long seed;
    private final int warmup;
    private final int repeat;
    /** Keeps each step's result reachable, so no run can be optimised away. */
    private volatile Object kept;

    BenchSteps(Path data, ReadOptions options, long seed, int warmup, int repeat) {
        this.data = data;
        this.options = options;
        this.seed = seed;
        this.warmup = warmup;
        this.repeat = repeat;
    }

    /** The table, read once. */
    Dataset table() throws Exception {
        return TableReaders.read(data, options, ProgressListener.NONE, Cancellation.NEVER);
    }

    BenchResult load(String label, double limit) {
        return time(label, limit, "", () -> kept = table());
    }

    BenchResult detect(String label, Dataset d) {
        return time(label, Double.NaN, "", () -> kept = Synthesis.detect(d, ProgressListener.NONE, Cancellation.NEVER));
    }

    BenchResult fit(String label, String model, Dataset d, Metadata meta, double limit) {
        return time(label, limit, "", () -> kept = Synthesis.fit(model, d, meta, seed, Locale.US, ProgressListener.NONE,
                Cancellation.NEVER));
    }

    /** Rows drawn and written as CSV text to a stream that counts the bytes and drops them. */
    BenchResult sampleToStream(String label, FittedModel model, long rows, double limit) {
        long[] bytes = new long[1];
        OutputStream counter = new OutputStream() {
            @Override
            public void write(int b) {
                bytes[0]++;
            }

            @Override
            public void write(byte[] b, int off, int len) {
                bytes[0] += len;
            }
        };
        BenchResult r = time(label, limit, "", () -> {
            bytes[0] = 0;
            new SampleWriter().stream(model, rows, seed, counter, ProgressListener.NONE, Cancellation.NEVER);
        });
        return r.failure() != null ? r : BenchResult.of(label, r.seconds(), limit, megabytes(bytes[0]) + " of CSV text");
    }

    /** Rows drawn and written to a CSV file as synth writes them (temporary file moved into place). */
    BenchResult sampleToFile(String label, FittedModel model, long rows, Path file, double limit) {
        BenchResult r = time(label, limit, "", () ->
                new SampleWriter().write(model, rows, seed, file, true, ProgressListener.NONE, Cancellation.NEVER));
        if (r.failure() != null) {
            return r;
        }
        try {
            return BenchResult.of(label, r.seconds(), limit, megabytes(Files.size(file)) + " written");
        } catch (IOException e) {
            return BenchResult.failed(label, limit, message(e));
        }
    }

    /** {@code n} rows of the model in memory, as evaluation reads them. */
    static Dataset draw(FittedModel model, int n, long seed) throws IOException {
        return DatasetSampler.draw(model, n, seed, Runtime.getRuntime().availableProcessors(), ProgressListener.NONE,
                Cancellation.NEVER);
    }

    /** The fidelity part of an evaluation: quality report, encoding, validity and diagnostic. */
    BenchResult fidelity(String label, Dataset real, Dataset synthetic, Metadata meta) {
        return time(label, Double.NaN, "", () -> {
            QualityReport quality = QualityReport.compute(real, synthetic, meta);
            TableEncoder enc = new TableEncoder(meta, real, synthetic);
            ValidityReport validity = ValidityReport.compute(enc.encode(real), enc.encode(synthetic));
            kept = List.of(quality, DiagnosticReport.compute(validity, real, synthetic, meta));
        });
    }

    /** Each synthetic row's exact distance to its closest real row, over every pair that cannot be ruled out. */
    BenchResult dcr(String label, Dataset real, Dataset synthetic, Metadata meta, double limit) {
        return time(label, limit, "nearest real row of every synthetic row, exact", () -> {
            TableEncoder enc = new TableEncoder(meta, real, synthetic);
            EncodedTable t = enc.encode(real);
            kept = NearestNeighbors.allCores().search(enc.encode(synthetic), t, new RowDistance(t), false, false,
                    ProgressListener.NONE, Cancellation.NEVER);
        });
    }

    /** Runs of another process; the time is from its start to its exit. */
    static BenchResult child(String label, List<String> command, Path tmp, int warmup, int repeat, double limit,
                             String note) {
        double[] s = new double[repeat];
        try {
            for (int i = 0; i < warmup + repeat; i++) {
                double t = BenchChild.run(command, tmp).seconds();
                if (i >= warmup) {
                    s[i - warmup] = t;
                }
            }
        } catch (Exception e) {
            return BenchResult.failed(label, limit, message(e));
        }
        return BenchResult.of(label, s, limit, note);
    }

    /**
     * Runs of a new JVM with a capped heap that streams rows to disk ({@link #streamChild}); the time is its streaming
     * time. PASS when every run completes within the cap.
     */
    static BenchResult stream(String label, List<String> command, Path tmp, int warmup, int repeat, String heap) {
        double[] s = new double[repeat];
        long peak = 0;
        long bytes = 0;
        String target = "-Xmx" + heap;
        try {
            for (int i = 0; i < warmup + repeat; i++) {
                String out = BenchChild.run(command, tmp).out();
                Matcher m = STREAMED.matcher(out);
                if (!m.find()) {
                    throw new IOException("unexpected output: " + out.strip());
                }
                bytes = Long.parseLong(m.group(2));
                peak = Math.max(peak, Long.parseLong(m.group(4)));
                if (i >= warmup) {
                    s[i - warmup] = Double.parseDouble(m.group(3));
                }
            }
        } catch (Exception e) {
            return new BenchResult(label, new double[0], Double.POSITIVE_INFINITY, target, "", message(e));
        }
        return new BenchResult(label, s, Double.POSITIVE_INFINITY, target, String.format(Locale.ROOT,
                "peak heap %,d MB; %s written", peak >> 20, megabytes(bytes)), null);
    }

    /** In the streaming JVM: fits the copula to the table, streams the rows to a file and reports on {@code out}. */
    static void streamChild(Path data, ReadOptions options, long rows, long seed, Path tmp, PrintWriter out)
            throws Exception {
        Dataset d = TableReaders.read(data, options, ProgressListener.NONE, Cancellation.NEVER);
        Metadata meta = Synthesis.detect(d, ProgressListener.NONE, Cancellation.NEVER);
        FittedModel model = Synthesis.fit("copula", d, meta, seed, Locale.US, ProgressListener.NONE,
                Cancellation.NEVER);
        Path file = tmp.resolve("stream.csv");
        long start = System.nanoTime();
        new SampleWriter().write(model, rows, seed, file, true, ProgressListener.NONE, Cancellation.NEVER);
        double seconds = (System.nanoTime() - start) / 1e9;
        long bytes = Files.size(file);
        Files.delete(file);
        out.printf(Locale.ROOT, "streamed %d rows, %d bytes in %.3f s; peak heap %d bytes%n", rows, bytes, seconds,
                BenchMachine.peakHeap());
        out.flush();
    }

    private BenchResult time(String label, double limit, String note, Step step) {
        List<Double> s = new ArrayList<>();
        try {
            for (int i = 0; i < warmup + repeat; i++) {
                long start = System.nanoTime();
                step.run();
                double t = (System.nanoTime() - start) / 1e9;
                if (i >= warmup) {
                    s.add(t);
                }
            }
        } catch (Exception e) {
            return BenchResult.failed(label, limit, message(e));
        }
        return BenchResult.of(label, s.stream().mapToDouble(Double::doubleValue).toArray(), limit, note);
    }

    private static String message(Exception e) {
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, bytes < 10 << 20 ? "%.1f MB" : "%,.0f MB", bytes / 1048576.0);
    }
}
