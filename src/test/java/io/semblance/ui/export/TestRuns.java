// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui.export;

import io.semblance.Fixtures;
import io.semblance.core.evaluate.Level;
import io.semblance.core.evaluate.MetricResult;
import io.semblance.core.evaluate.Threshold;
import io.semblance.core.evaluate.Thresholds;
import io.semblance.core.io.DataFormatException;
import io.semblance.core.io.TableReaders;
import io.semblance.core.job.Cancellation;
import io.semblance.core.job.ProgressListener;
import io.semblance.core.model.Dataset;
import io.semblance.core.model.Metadata;
import io.semblance.core.report.Evaluation;
import io.semblance.core.report.EvaluationReport;
import io.semblance.core.report.InputFile;
import io.semblance.core.report.Section;
import io.semblance.core.synth.FittedModel;
import io.semblance.core.synth.Holdout;
import io.semblance.core.synth.Synthesis;
import io.semblance.core.synth.output.SampleWriter;
import io.semblance.ui.session.Run;
import io.semblance.ui.session.RunSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * Finished runs made the way the workbench makes them: the German credit table fitted, rows written with the
 * {@link SampleWriter} and read back, then evaluated. Each is made once per test class.
 */
public final class TestRuns {
    public static final Path TABLE = Fixtures.GERMAN_CREDIT.path();
    static final long SEED = 11;

    private TestRuns() {
    }

    /** A run of {@code rows} synthetic rows; with {@code red}, the quality score is judged red. */
    public static Run fit(String model, int rows, boolean red, Path scratch) throws IOException, DataFormatException {
        Dataset real = TableReaders.read(TABLE);
        Metadata meta = Synthesis.detect(real, ProgressListener.NONE, Cancellation.NEVER);
        Holdout split = Holdout.split(real, 0.2, SEED);
        FittedModel fitted = Synthesis.fit(model, split.training(), meta, SEED, Locale.US, ProgressListener.NONE,
                Cancellation.NEVER);
        Path out = Files.createTempFile(scratch, "synthetic", ".csv");
        new SampleWriter(1).write(fitted, rows, SEED, out, true, ProgressListener.NONE, Cancellation.NEVER);
        Dataset synthetic = TableReaders.read(out);
        Thresholds th = red ? Thresholds.defaults().with("quality_score", new Threshold(1.01, 1.0, true))
                : Thresholds.defaults();
        EvaluationReport report = Evaluation.run(new Evaluation.Request(split.training(), synthetic, split.holdout(),
                meta, List.of("age", "personal_status", "housing"), List.of("default"), null, SEED, 0.2, th),
                List.of(InputFile.of("real", TABLE, real.rowCount())), "test", ProgressListener.NONE,
                Cancellation.NEVER);
        if (!red) {
            report = withoutRed(report);
        }
        RunSettings settings = new RunSettings("full", model, rows, SEED, 0.2, List.of(), 0.5, List.of(), null,
                List.of(), List.of(), 0, true, List.of());
        return new Run(1, settings, meta, split.training(), split.holdout(), synthetic, fitted, report,
                Duration.ofSeconds(1), List.of(), null);
    }

    /** The same run as derived from another: no model of its own. */
    static Run derived(Run from) {
        return new Run(from.number() + 1, from.settings(), from.metadata(), from.training(), from.holdout(),
                from.synthetic(), null, from.report(), from.elapsed(), List.of(), "from run " + from.number());
    }

    /** The report with every red verdict turned amber, for runs that must export without questions. */
    private static EvaluationReport withoutRed(EvaluationReport r) {
        return new EvaluationReport(r.files(), r.settings(), r.quality(), r.diagnostic(), r.validity(),
                amber(r.fidelity()), new Section(amber(r.privacy().metrics()), r.privacy().details()),
                new Section(amber(r.utility().metrics()), r.utility().details()), r.charts(), r.dcr(), r.hybrid(),
                r.seconds());
    }

    private static List<MetricResult> amber(List<MetricResult> list) {
        return list.stream().map(m -> m.level() != Level.RED ? m
                : new MetricResult(m.key(), m.label(), m.value(), Level.AMBER, m.sentence())).toList();
    }
}
