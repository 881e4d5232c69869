// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.report;

import io.semblance.core.evaluate.Thresholds;
import io.semblance.core.job.Cancellation;
import io.semblance.core.job.ProgressListener;
import io.semblance.core.model.ColumnRole;
import io.semblance.core.model.Dataset;
import io.semblance.core.model.Metadata;
import io.semblance.core.privacy.SizeMatch;
import io.semblance.core.synth.Seeds;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Evaluates a synthesis run as it was made: training rows against synthetic rows (and the holdout, if any), with the
 * metadata's quasi-identifier and sensitive roles, under the default thresholds or the ones given. Tables longer
 * than a limit are evaluated on a seeded random subsample, so a run of a million rows is judged in seconds; the
 * report's notes say so.
 */
public final class RunEvaluation {
    /** Rows per table evaluated by default. */
    public static final int DEFAULT_MAX_ROWS = 20_000;
    /** The re-identification risk threshold the command line uses by default. */
    public static final double DEFAULT_TAU = 0.2;
    private static final long SUBSAMPLE = 0x5AB5;

    /** The report and what was done to the tables before evaluating them, one sentence each. */
    public record Result(EvaluationReport report, List<String> notes) {
        public Result {
            notes = List.copyOf(notes);
        }
    }

    private RunEvaluation() {
    }

    /**
     * Evaluates; {@code holdout} may be null; {@code maxRows} (at least 1) caps each table; the seed fixes the
     * subsample and the evaluation's own randomness. {@code files} and {@code version} are recorded as given.
     */
    public static Result evaluate(Dataset training, Dataset synthetic, Dataset holdout, Metadata meta, long seed,
                                  int maxRows, List<InputFile> files, String version, ProgressListener progress,
                                  Cancellation cancel) {
        return evaluate(training, synthetic, holdout, meta, Thresholds.defaults(), seed, maxRows, files, version,
                progress, cancel);
    }

    /**
     * Evaluates as {@link #evaluate(Dataset, Dataset, Dataset, Metadata, long, int, List, String, ProgressListener,
     * Cancellation)} does, judging each metric under {@code limits} instead of the defaults. The limits change only
     * the verdicts, never the values measured.
     */
    public static Result evaluate(Dataset training, Dataset synthetic, Dataset holdout, Metadata meta,
                                  Thresholds limits, long seed, int maxRows, List<InputFile> files, String version,
                                  ProgressListener progress, Cancellation cancel) {
        if (maxRows < 1) {
            throw new IllegalArgumentException("the evaluation needs at least 1 row per table, got " + maxRows);
        }
        List<String> sampled = new ArrayList<>();
        Dataset t = subsample(training, maxRows, seed, 0, "training", sampled);
        Dataset s = subsample(synthetic, maxRows, seed, 1, "synthetic", sampled);
        Dataset h = holdout == null ? null : subsample(holdout, maxRows, seed, 2, "holdout", sampled);
        List<String> notes = new ArrayList<>();
        if (!sampled.isEmpty()) {
            notes.add("Evaluated on a random " + String.join(", ", sampled) + ", to keep the evaluation quick");
        }
        // Evaluation sets the holdout's rows aside from the real table it is given; give it both, so that exactly
        // the training rows remain even when a training row repeats a held-out one.
        Dataset real = h == null ? t : concat(t, h);
        Evaluation.Request q = new Evaluation.Request(real, s, h, meta, meta.withRole(ColumnRole.QUASI_IDENTIFIER),
                meta.withRole(ColumnRole.SENSITIVE), null, seed, DEFAULT_TAU, limits);
        EvaluationReport report = Evaluation.run(q, files, version, progress, cancel);
        notes.addAll(PrivacySections.notes(report.privacy()));
        return new Result(report, notes);
    }

    /** At most {@code max} rows of {@code d} chosen at random under (seed, stream), kept in their order. */
    static Dataset subsample(Dataset d, int max, long seed, long stream, String name, List<String> sampled) {
        int n = d.rowCount();
        if (n <= max) {
            return d;
        }
        int[] keep = SizeMatch.draw(n, max, Seeds.stream(seed, SUBSAMPLE, stream));
        sampled.add(String.format(Locale.ROOT, "%,d of the %,d %s rows", max, n, name));
        return d.selectRows(keep);
    }

    /** The rows of {@code a} followed by those of {@code b} (same columns). */
    private static Dataset concat(Dataset a, Dataset b) {
        String[][] cols = new String[a.columnCount()][];
        for (int c = 0; c < cols.length; c++) {
            cols[c] = Arrays.copyOf(a.column(c), a.rowCount() + b.rowCount());
            System.arraycopy(b.column(c), 0, cols[c], a.rowCount(), b.rowCount());
        }
        return new Dataset(a.source(), a.names(), cols, a.warnings());
    }
}
