// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.report;

import io.semblance.core.evaluate.ChartData;
import io.semblance.core.evaluate.DiagnosticReport;
import io.semblance.core.evaluate.EncodedTable;
import io.semblance.core.evaluate.MetricResult;
import io.semblance.core.evaluate.QualityReport;
import io.semblance.core.evaluate.TableEncoder;
import io.semblance.core.evaluate.Thresholds;
import io.semblance.core.evaluate.ValidityReport;
import io.semblance.core.job.Cancellation;
import io.semblance.core.job.ProgressListener;
import io.semblance.core.model.Dataset;
import io.semblance.core.model.Metadata;
import io.semblance.core.synth.hybrid.Provenance;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Runs every evaluation of a synthetic table against the real one (and a holdout) and assembles the report. */
public final class Evaluation {
    private Evaluation() {
    }

    /**
     * What to evaluate.
     *
     * @param real      the real rows the synthesizer learned from (rows also in the holdout are set aside)
     * @param holdout   real rows the synthesizer never saw, or null
     * @param qi        quasi-identifier columns (empty: no linkage metrics)
     * @param sensitive sensitive columns (empty: no attribute-disclosure metrics)
     * @param target    ML efficacy target column, or null
     * @param tau       re-identification risk threshold in (0,1]
     * @param provenance which synthetic rows a hybrid synthesis built from which rows of {@code real} (as given,
     *                   holdout rows included), or null for a table judged as fully synthetic
     */
    public record Request(Dataset real, Dataset synthetic, Dataset holdout, Metadata meta, List<String> qi,
                          List<String> sensitive, String target, long seed, double tau, Thresholds thresholds,
                          Provenance provenance) {
        /** A request without a provenance: every synthetic row is judged as fully synthetic. */
        public Request(Dataset real, Dataset synthetic, Dataset holdout, Metadata meta, List<String> qi,
                       List<String> sensitive, String target, long seed, double tau, Thresholds thresholds) {
            this(real, synthetic, holdout, meta, qi, sensitive, target, seed, tau, thresholds, null);
        }
    }

    /** Evaluates; {@code files} (with checksums) and {@code version} are recorded in the report as given. */
    public static EvaluationReport run(Request q, List<InputFile> files, String version, ProgressListener progress,
                                       Cancellation cancel) {
        long start = System.nanoTime();
        Dataset real = q.holdout() == null ? q.real() : RowSets.without(q.real(), q.holdout());
        progress.progress(0.02, "Comparing column shapes and pair trends…");
        QualityReport quality = QualityReport.compute(real, q.synthetic(), q.meta(), cancel);
        cancel.check();
        TableEncoder enc = new TableEncoder(q.meta(), real, q.synthetic(), q.holdout());
        cancel.check();
        EncodedTable t = enc.encode(real);
        cancel.check();
        EncodedTable s = enc.encode(q.synthetic());
        cancel.check();
        EncodedTable h = q.holdout() == null ? null : enc.encode(q.holdout());
        cancel.check();
        ValidityReport validity = ValidityReport.compute(t, s);
        cancel.check();
        DiagnosticReport diagnostic = DiagnosticReport.compute(validity, real, q.synthetic(), q.meta());
        cancel.check();
        List<MetricResult> fidelity = fidelity(quality, diagnostic, q.thresholds());
        ChartData charts = ChartData.compute(t, s, quality);
        cancel.check();
        progress.progress(0.1, "Measuring privacy…");
        EncodedTable given = q.provenance() == null || real == q.real() ? t : enc.encode(q.real());
        PrivacySections.Result privacy = PrivacySections.compute(t, s, h, given, q, progress, cancel);
        progress.progress(0.6, "Measuring utility…");
        Section utility = UtilitySection.compute(t, s, h, q, progress, cancel);
        progress.progress(1, "Evaluation complete");
        EvaluationReport.Settings settings = new EvaluationReport.Settings(q.qi(), q.sensitive(), q.target(), q.seed(),
                q.tau(), version);
        return new EvaluationReport(files, settings, quality, diagnostic, validity, fidelity, privacy.section(), utility,
                charts, privacy.dcr(), privacy.hybrid(), (System.nanoTime() - start) / 1e9);
    }

    private static List<MetricResult> fidelity(QualityReport q, DiagnosticReport d, Thresholds th) {
        List<MetricResult> out = new ArrayList<>();
        QualityReport.ColumnScore worst = q.columns().stream().min((a, b) -> Double.compare(a.score(), b.score())).orElse(null);
        out.add(th.result("quality_score", "Quality score", q.score(), Double.isNaN(q.score())
                ? "No modelled column to compare: every column is an identifier or personal data, generated anew."
                : String.format(Locale.ROOT,
                "Synthetic columns and column pairs resemble the real ones at %.1f%% on SDMetrics' scale.", 100 * q.score())));
        out.add(th.result("column_shapes", "Column shapes", q.columnShapes(), worst == null ? "No column to compare."
                : String.format(Locale.ROOT, "Each column's distribution matches at %.1f%% on average; the weakest is %s (%.3f).",
                100 * q.columnShapes(), worst.column(), worst.score())));
        long counted = q.pairs().stream().filter(QualityReport.PairScore::counted).count();
        out.add(th.result("column_pair_trends", "Column pair trends", q.columnPairTrends(), q.pairs().isEmpty()
                ? "No pair of modelled columns to compare: the table has fewer than two."
                : counted == 0 ? String.format(Locale.ROOT, "No column pair is strongly associated in the real table;"
                + " all %d pairs keep their association at %.1f%%.", q.pairs().size(), 100 * q.allPairsMean())
                : String.format(Locale.ROOT,
                "The %d strongly associated column pairs keep their association at %.1f%% (all %d pairs: %.1f%%).",
                counted, 100 * q.columnPairTrends(), q.pairs().size(), 100 * q.allPairsMean())));
        out.add(th.result("diagnostic_score", "Diagnostic", d.score(), d.score() >= 0.999
                ? "Every synthetic value stays within the real ranges and categories, and keys are unique."
                : String.format(Locale.ROOT, "%.1f%% validity: some synthetic values fall outside the real ranges or "
                + "categories, or keys repeat.", 100 * d.validity())));
        return out;
    }
}
