// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.report;

import io.semblance.core.evaluate.ChartData;
import io.semblance.core.evaluate.DiagnosticReport;
import io.semblance.core.evaluate.Level;
import io.semblance.core.evaluate.MetricResult;
import io.semblance.core.evaluate.QualityReport;
import io.semblance.core.evaluate.ValidityReport;
import java.util.List;
import java.util.stream.Stream;

/**
 * Everything an evaluation found: the files and settings it ran on, fidelity (quality, diagnostic, validity),
 * privacy and utility sections, chart data, and how long it took.
 *
 * @param fidelity the quality and diagnostic verdicts (quality_score, column_shapes, column_pair_trends, diagnostic_score)
 * @param privacy  the privacy verdicts of the synthetic rows (with a provenance, of the fully synthetic rows only)
 * @param dcr      the DCR histograms (null without a holdout)
 * @param hybrid   the hybrid table's real-based rows, judged apart (null without a provenance)
 */
public record EvaluationReport(List<InputFile> files, Settings settings, QualityReport quality,
                               DiagnosticReport diagnostic, ValidityReport validity, List<MetricResult> fidelity,
                               Section privacy, Section utility, ChartData charts, Histogram dcr, HybridSection hybrid,
                               double seconds) {

    /** Every verdict in report order: fidelity, privacy, privacy of the real-based rows (if any), utility. */
    public List<MetricResult> verdicts() {
        List<MetricResult> all = new java.util.ArrayList<>(fidelity);
        all.addAll(privacy.metrics());
        if (hybrid != null) {
            all.addAll(hybrid.privacy().metrics());
        }
        all.addAll(utility.metrics());
        return all;
    }

    /** The verdicts at one level, in report order (for example the red ones a release must acknowledge). */
    public List<MetricResult> verdicts(Level level) {
        return verdicts().stream().filter(m -> m.level() == level).toList();
    }

    /**
     * What the evaluation was asked to do.
     *
     * @param qi        quasi-identifier columns used
     * @param sensitive sensitive columns used
     * @param target    ML efficacy target, or null
     * @param seed      seed of the evaluation's own randomness (baselines, cross-validation)
     * @param tau       re-identification risk threshold
     */
    public record Settings(List<String> qi, List<String> sensitive, String target, long seed, double tau,
                           String version) {
    }
}
