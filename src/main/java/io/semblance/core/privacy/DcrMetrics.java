// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.privacy;

import io.semblance.core.evaluate.Level;
import io.semblance.core.evaluate.MetricResult;
import io.semblance.core.evaluate.Thresholds;
import java.util.Arrays;

/** Metrics on distances to the closest record (DCR, each in [0, 1]): baseline protection and the DCR share. */
public final class DcrMetrics {
    /** Medians of DCR(S, T) and DCR(R, T), the score min(synthetic / random, 1) and the same score of the holdout
     * rows (the reference the verdict compares with); NaN when undefined. */
    public record Baseline(double syntheticMedian, double randomMedian, double score, double holdoutScore,
                           MetricResult metric) {
    }

    /**
     * The share p of synthetic rows closer to training than to holdout rows (ties half) and min(2(1 - p), 1). With
     * tables of different sizes, p is the share allowing for them (see {@link #share(double[], double[], int, int,
     * Thresholds)}); {@code measured} is the share as counted and {@code chance} what chance alone gives, |T| / (|T| +
     * |H|); all three equal the count and 0.5 for tables of one size, and are NaN without a holdout.
     */
    public record Share(double closerToTraining, double overfittingProtection, double measured, double chance,
                        MetricResult share, MetricResult protection) {
    }

    static final String BASELINE = "dcr_baseline_protection";
    static final String BASELINE_LABEL = "DCR baseline protection";
    static final String BASELINE_ABSOLUTE = "dcr_baseline_protection_absolute";
    static final String SHARE = "dcr_share";
    static final String SHARE_LABEL = "DCR share";
    static final String PROTECTION = "dcr_overfitting_protection";
    static final String PROTECTION_LABEL = "DCR overfitting protection";

    private DcrMetrics() {
    }

    /**
     * DCRBaselineProtection from DCR(s, T) of the synthetic rows and DCR(r, T) of the random rows; NaN when either is
     * empty or the random median is 0. Real data sits far closer to itself than random rows do, so the verdict
     * compares the score with the holdout's own (DCR(h, T) of {@code holdoutToTraining}, under
     * {@code dcr_baseline_protection} as a ratio); without a holdout the score itself is judged under
     * {@code dcr_baseline_protection_absolute}.
     */
    public static Baseline baselineProtection(double[] synthetic, double[] random, double[] holdoutToTraining,
                                              Thresholds th) {
        double ms = median(synthetic);
        double mr = median(random);
        double score = mr > 0 ? Math.min(ms / mr, 1.0) : Double.NaN;
        double reference = holdoutToTraining == null || !(mr > 0) ? Double.NaN
                : Math.min(median(holdoutToTraining) / mr, 1.0);
        boolean relative = reference > 0;
        Level level = relative ? th.get(BASELINE).level(score / reference) : th.get(BASELINE_ABSOLUTE).level(score);
        String sentence;
        if (synthetic.length == 0) {
            sentence = "The synthetic table has no rows to compare.";
        } else if (!(mr > 0)) {
            sentence = "Random rows already lie on top of training rows (median distance 0), so this comparison says"
                    + " nothing for this table.";
        } else {
            String meaning = switch (level) {
                case GREEN -> "synthetic rows keep the distance from real ones that new real rows would.";
                case AMBER -> "synthetic rows sit closer to real rows than new real rows would; look at the closest.";
                case RED -> "synthetic rows sit much closer to real rows than new real rows would, many almost on top of"
                        + " them.";
            };
            String against = relative ? Wording.format(" and %s for unseen real rows (score %s)",
                    Wording.number(median(holdoutToTraining)), Wording.number(reference)) : "";
            sentence = Wording.format("The median synthetic row lies %s from its closest training row, against %s for"
                    + " random rows%s (distances run from 0 to 1): %s", Wording.number(ms), Wording.number(mr), against,
                    meaning);
        }
        return new Baseline(ms, mr, score, reference, new MetricResult(BASELINE, BASELINE_LABEL, score,
                Double.isNaN(score) ? Level.AMBER : level, sentence));
    }

    /** The DCR share and DCROverfittingProtection from DCR(s, T) and DCR(s, H) of each synthetic row, for a training
     * and a holdout table of one size; see below. */
    public static Share share(double[] toTraining, double[] toHoldout, Thresholds th) {
        return share(toTraining, toHoldout, 1, 1, th);
    }

    /**
     * The DCR share and DCROverfittingProtection from DCR(s, T) and DCR(s, H) of each synthetic row, judged under
     * {@code dcr_share} and {@code dcr_overfitting_protection}; {@code toHoldout} null (no holdout) gives NaN.
     *
     * <p>A synthetic row's closest real row is a training row by chance alone with probability c = |T| / (|T| + |H|)
     * (every real row being as likely to be the closest), so with a training table r = |T| / |H| times the holdout's
     * size a healthy synthesizer counts about c, not 0.5. The share reported is the counted share q with that chance
     * taken out, p = q / (q + r (1 - q)) (odds divided by r, see {@link Odds}): the share two tables of equal size
     * would give, 0.5 at q = c, 1 at q = 1. A
     * tie counts c (half, once the sizes are allowed for). Drawing the training table down to the holdout's size would
     * give the same 0.5 but lose the signal: a synthetic copy of a training row left out of the draw looks unseen.
     */
    public static Share share(double[] toTraining, double[] toHoldout, int trainingRows, int holdoutRows,
                              Thresholds th) {
        double chance = trainingRows == holdoutRows ? 0.5 : (double) trainingRows / (trainingRows + holdoutRows);
        double q = Double.NaN;
        if (toHoldout != null && toTraining.length > 0) {
            if (toHoldout.length != toTraining.length) {
                throw new IllegalArgumentException("one distance to the holdout per synthetic row is needed");
            }
            double closer = 0;
            for (int i = 0; i < toTraining.length; i++) {
                closer += toTraining[i] < toHoldout[i] ? 1 : toTraining[i] == toHoldout[i] ? chance : 0;
            }
            q = closer / toTraining.length;
        }
        double ratio = trainingRows == holdoutRows ? 1 : (double) trainingRows / holdoutRows;
        double p = ratio == 1 ? q : Odds.scale(q, 1 / ratio);
        double protection = Math.min(2 * (1 - p), 1.0);
        String shareSentence;
        String protectionSentence;
        if (toHoldout == null) {
            shareSentence = "A holdout of real rows the synthesizer never saw is needed to measure this.";
            protectionSentence = shareSentence;
        } else if (toTraining.length == 0) {
            shareSentence = "The synthetic table has no rows to compare.";
            protectionSentence = shareSentence;
        } else {
            String meaning = switch (th.get(SHARE).level(p)) {
                case GREEN -> "the synthesizer is no closer to what it saw than to what it did not.";
                case AMBER -> "the synthesizer leans towards the rows it was trained on.";
                case RED -> "the synthesizer stays close to the rows it was trained on, a sign it memorised them.";
            };
            String sizes = ratio == 1 ? "" : Wording.format("Allowing for %s training rows against %s holdout rows, ",
                    Wording.count(trainingRows), Wording.count(holdoutRows));
            String counted = ratio == 1 ? "" : Wording.format("; %s are before that allowance, where chance alone"
                    + " gives %s", Wording.percent(q), Wording.percent(chance));
            shareSentence = Wording.format("%s%s of synthetic rows are closer to a training row than to a holdout row"
                    + " (50%% is ideal%s): %s", sizes, Wording.percent(p), counted, meaning);
            String verdict = switch (th.get(PROTECTION).level(protection)) {
                case GREEN -> "no sign that the synthesizer memorised its training rows.";
                case AMBER -> "some sign that the synthesizer memorised its training rows.";
                case RED -> "strong sign that the synthesizer memorised its training rows.";
            };
            protectionSentence = Wording.format("DCR overfitting protection is %.2f, where 1 means synthetic rows are"
                    + " no closer to training rows than to unseen ones%s: %s", protection, ratio == 1 ? ""
                    : Wording.format(" (allowing for %s training rows against %s holdout rows)",
                    Wording.count(trainingRows), Wording.count(holdoutRows)), verdict);
        }
        return new Share(p, protection, q, toHoldout == null ? Double.NaN : chance,
                th.result(SHARE, SHARE_LABEL, p, shareSentence),
                th.result(PROTECTION, PROTECTION_LABEL, protection, protectionSentence));
    }

    /** The sentence for the report's notes when the training and holdout tables differ in size; null otherwise. */
    static String sizeNote(int trainingRows, int holdoutRows) {
        return trainingRows == holdoutRows ? null : Wording.format("The DCR share and DCR overfitting protection allow"
                + " for %s training rows against %s holdout rows: by chance alone %s of synthetic rows would lie closer"
                + " to a training row than to a holdout row, which counts as the ideal 50%%.",
                Wording.count(trainingRows), Wording.count(holdoutRows),
                Wording.percent((double) trainingRows / (trainingRows + holdoutRows)));
    }

    /** The median (mean of the two middle values for an even count); NaN for no values. */
    public static double median(double[] values) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] v = values.clone();
        Arrays.sort(v);
        int n = v.length;
        return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    }
}
