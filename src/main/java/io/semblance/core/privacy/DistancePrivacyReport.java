// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.privacy;

import io.semblance.core.evaluate.MetricResult;
import io.semblance.core.evaluate.Thresholds;
import java.util.List;

/**
 * Every distance-based privacy metric of one evaluation, with its verdict and sentence.
 *
 * @param exactMatch      synthetic rows identical to a training (holdout) row
 * @param newRows         NewRowSynthesis
 * @param baseline        DCRBaselineProtection against random rows
 * @param share           DCR share and DCROverfittingProtection (NaN without a holdout)
 * @param nndr            low quantiles of the nearest-neighbour distance ratio
 * @param identifiability training rows with a synthetic (holdout) row closer than their nearest other training row
 * @param histogram       DCR of the synthetic rows to training and holdout rows, for a chart
 * @param notes           which table was drawn down to how many rows for which metrics, one sentence each (see
 *                        {@link SizeMatch}); empty when every comparison used the tables whole
 */
public record DistancePrivacyReport(ExactMatches.Result exactMatch, NewRowSynthesis.Result newRows,
                                    DcrMetrics.Baseline baseline, DcrMetrics.Share share, NeighbourMetrics.Nndr nndr,
                                    NeighbourMetrics.Identifiability identifiability, DcrHistogram histogram,
                                    List<String> notes) {
    public DistancePrivacyReport {
        notes = List.copyOf(notes);
    }

    /** A report in which every value is NaN and every sentence is {@code reason}. */
    public static DistancePrivacyReport unavailable(Thresholds th, String reason) {
        double nan = Double.NaN;
        return new DistancePrivacyReport(
                new ExactMatches.Result(0, -1, 0, nan, nan, nan, na(th, ExactMatches.KEY, ExactMatches.LABEL, reason)),
                new NewRowSynthesis.Result(0, 0, nan, na(th, NewRowSynthesis.KEY, NewRowSynthesis.LABEL, reason)),
                new DcrMetrics.Baseline(nan, nan, nan, nan, na(th, DcrMetrics.BASELINE, DcrMetrics.BASELINE_LABEL, reason)),
                new DcrMetrics.Share(nan, nan, nan, nan, na(th, DcrMetrics.SHARE, DcrMetrics.SHARE_LABEL, reason),
                        na(th, DcrMetrics.PROTECTION, DcrMetrics.PROTECTION_LABEL, reason)),
                new NeighbourMetrics.Nndr(nan, nan, nan, nan,
                        na(th, NeighbourMetrics.NNDR, NeighbourMetrics.NNDR_LABEL, reason)),
                new NeighbourMetrics.Identifiability(nan, nan, nan,
                        na(th, NeighbourMetrics.IDENTIFIABILITY, NeighbourMetrics.IDENTIFIABILITY_LABEL, reason)),
                DcrHistogram.of(new double[0], null, DcrHistogram.BINS), List.of());
    }

    private static MetricResult na(Thresholds th, String key, String label, String reason) {
        return th.result(key, label, Double.NaN, reason);
    }

    /** The verdicts in reading order: copies, near-copies, distance to real rows, overfitting, singling out. */
    public List<MetricResult> results() {
        return List.of(exactMatch.metric(), newRows.metric(), baseline.metric(), share.share(), share.protection(),
                nndr.metric(), identifiability.metric());
    }
}
