// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui.privacy;

import static java.util.concurrent.TimeUnit.SECONDS;

import io.semblance.core.evaluate.Thresholds;
import io.semblance.core.io.TableReaders;
import io.semblance.core.job.Cancellation;
import io.semblance.core.job.ProgressListener;
import io.semblance.core.model.ColumnRole;
import io.semblance.core.model.Dataset;
import io.semblance.core.model.Metadata;
import io.semblance.core.report.Evaluation;
import io.semblance.core.report.EvaluationReport;
import io.semblance.core.report.InputFile;
import io.semblance.core.synth.FittedModel;
import io.semblance.core.synth.Holdout;
import io.semblance.core.synth.Synthesis;
import io.semblance.core.synth.output.SampleWriter;
import io.semblance.ui.session.Run;
import io.semblance.ui.session.RunSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Runs made as the workbench makes them, for the Privacy step's tests: a table written to a file and read back, a
 * holdout set aside, the copula fitted to the rest, synthetic rows written and read back, then evaluated. Also calls
 * onto the FX thread.
 */
public final class PrivacyRuns {
    private static final String[] REGIONS = {"North", "South", "East", "West", "Midlands", "Coast"};
    private static final String[] DIAGNOSES = {"asthma", "diabetes", "none", "migraine"};

    private PrivacyRuns() {
    }

    /**
     * A run on a people table of {@code rows} rows (age, sex and region are quasi-identifiers when {@code qi}, else
     * insensitive; diagnosis is sensitive) with the given holdout share (0 for none) and seed.
     */
    public static Run make(Path dir, int rows, double holdoutShare, boolean qi, long seed) throws Exception {
        Path table = people(dir.resolve("people-" + seed + ".csv"), rows, seed);
        Dataset all = TableReaders.read(table);
        Metadata meta = Synthesis.detect(all, ProgressListener.NONE, Cancellation.NEVER);
        for (String c : List.of("age", "sex", "region")) {
            meta = meta.with(meta.column(c).orElseThrow()
                    .withRole(qi ? ColumnRole.QUASI_IDENTIFIER : ColumnRole.INSENSITIVE));
        }
        meta = meta.with(meta.column("diagnosis").orElseThrow().withRole(ColumnRole.SENSITIVE));
        meta = meta.with(meta.column("income").orElseThrow().withRole(ColumnRole.INSENSITIVE));
        Holdout split = holdoutShare > 0 ? Holdout.split(all, holdoutShare, seed) : new Holdout(all, null);
        FittedModel model = Synthesis.fit("copula", split.training(), meta, seed, Locale.US, ProgressListener.NONE,
                Cancellation.NEVER);
        Path out = dir.resolve("synthetic-" + seed + ".csv");
        new SampleWriter().write(model, rows, seed, out, true, ProgressListener.NONE, Cancellation.NEVER);
        Dataset syn = TableReaders.read(out);
        EvaluationReport report = Evaluation.run(new Evaluation.Request(split.training(), syn, split.holdout(), meta,
                meta.withRole(ColumnRole.QUASI_IDENTIFIER), meta.withRole(ColumnRole.SENSITIVE), null, seed,
                0.2, Thresholds.defaults()), List.of(InputFile.of("real", table, rows),
                InputFile.of("synthetic", out, rows)), "test", ProgressListener.NONE, Cancellation.NEVER);
        return new Run(1, RunSettings.defaults(rows, seed), meta, split.training(), split.holdout(), syn, model,
                report, Duration.ofSeconds(1), List.of(), null);
    }

    /** Ages in bands of five, so that synthetic rows often come close to real ones. */
    private static Path people(Path file, int rows, long seed) throws Exception {
        Random rnd = new Random(seed);
        List<String> lines = new ArrayList<>();
        lines.add("age,sex,region,diagnosis,income");
        for (int i = 0; i < rows; i++) {
            int age = 20 + 5 * rnd.nextInt(14);
            String sex = rnd.nextBoolean() ? "F" : "M";
            String region = REGIONS[rnd.nextInt(REGIONS.length)];
            String diagnosis = DIAGNOSES[(age / 20 + rnd.nextInt(2)) % DIAGNOSES.length];
            int income = 1000 * (15 + age / 2 + rnd.nextInt(20));
            lines.add(age + "," + sex + "," + region + "," + diagnosis + "," + income);
        }
        return Files.write(file, lines);
    }

    /** Runs {@code action} on the FX thread and returns its result. */
    static <T> T fx(Callable<T> action) throws Exception {
        return WaitForAsyncUtils.asyncFx(action).get(30, SECONDS);
    }

    /** Waits until {@code condition}, checked on the FX thread, holds. */
    static void until(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(120, SECONDS, () -> fx(condition));
    }
}
