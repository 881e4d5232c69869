// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.privacy;

import io.semblance.core.evaluate.Level;
import io.semblance.core.evaluate.MetricResult;
import io.semblance.core.evaluate.Thresholds;
import java.util.Arrays;

/** Metrics on nearest neighbours: the nearest-neighbour distance ratio (NNDR) and identifiability. */
public final class NeighbourMetrics {
    /** Offset added to both distances of the NNDR so that exact copies give a ratio of 1 rather than 0/0. */
    public static final double NNDR_OFFSET = 1e-8;
    /** The low quantile of the NNDR that is reported and judged. */
    public static final double NNDR_QUANTILE = 0.01;

    /** Low NNDR values (in [0, 1]) against training rows, beside the same against holdout rows (NaN without). */
    public record Nndr(double trainingQuantile, double trainingTenth, double holdoutQuantile, double holdoutTenth,
                       MetricResult metric) {
    }

    /** Shares in [0, 1] of training rows with a synthetic (holdout) row closer than their nearest other training
     * row; {@code holdout} is the holdout's share as compared, taken to the synthetic table's size, and
     * {@code measuredHoldout} as counted (the same for tables of one size); both NaN without a holdout. */
    public record Identifiability(double synthetic, double holdout, double measuredHoldout, MetricResult metric) {
    }

    static final String NNDR = "nndr";
    static final String NNDR_LABEL = "NNDR (1% quantile)";
    static final String IDENTIFIABILITY = "identifiability";
    static final String IDENTIFIABILITY_LABEL = "Identifiability";

    private NeighbourMetrics() {
    }

    /** Per query row (d1 + 1e-8) / (d2 + 1e-8); NaN where there is no second neighbour. */
    public static double[] ratios(NearestNeighbors.Result r) {
        double[] out = new double[r.nearest().length];
        for (int i = 0; i < out.length; i++) {
            double d2 = r.second()[i];
            out[i] = Double.isInfinite(d2) ? Double.NaN : (r.nearest()[i] + NNDR_OFFSET) / (d2 + NNDR_OFFSET);
        }
        return out;
    }

    /** The q quantile (0 ≤ q ≤ 1) by linear interpolation between order statistics; NaN for no values. */
    public static double quantile(double[] values, double q) {
        double[] v = values.clone();
        Arrays.sort(v);
        if (v.length == 0) {
            return Double.NaN;
        }
        double pos = q * (v.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(lo + 1, v.length - 1);
        return v[lo] + (pos - lo) * (v[hi] - v[lo]);
    }

    /** The k-th smallest value (k from 1); NaN when there are fewer than k values. */
    public static double smallest(double[] values, int k) {
        if (values.length < k) {
            return Double.NaN;
        }
        double[] v = values.clone();
        Arrays.sort(v);
        return v[k - 1];
    }

    /** NNDR of the synthetic rows against training rows (judged under {@code nndr}) and against holdout rows
     * ({@code toHoldout} null when there is none); both need second neighbours. */
    public static Nndr nndr(NearestNeighbors.Result toTraining, NearestNeighbors.Result toHoldout, Thresholds th) {
        return nndr(toTraining, toHoldout, null, th);
    }

    /** As above, where one of the two tables was drawn down to the other's size first: {@code comparedWith} says
     * which (see {@link SizeMatch#phrase}) and goes into the sentence; null when neither was. */
    public static Nndr nndr(NearestNeighbors.Result toTraining, NearestNeighbors.Result toHoldout, String comparedWith,
                            Thresholds th) {
        double[] rt = ratios(toTraining);
        boolean defined = rt.length > 0 && !Double.isNaN(rt[0]);
        double qt = defined ? quantile(rt, NNDR_QUANTILE) : Double.NaN;
        double tt = defined ? smallest(rt, 10) : Double.NaN;
        double[] rh = toHoldout == null ? new double[0] : ratios(toHoldout);
        boolean holdout = rh.length > 0 && !Double.isNaN(rh[0]);
        double qh = holdout ? quantile(rh, NNDR_QUANTILE) : Double.NaN;
        double th10 = holdout ? smallest(rh, 10) : Double.NaN;
        String sentence;
        if (!defined) {
            sentence = rt.length == 0 ? "The synthetic table has no rows to compare."
                    : "At least two training rows are needed to compare nearest and second-nearest distances.";
        } else {
            Level level = holdout && qh > 0 ? th.get(NNDR).level(qt / qh) : Level.AMBER;
            String meaning = !holdout ? "without unseen real rows to compare, this cannot be judged: real tables differ"
                    + " widely in how isolated their rows are."
                    : switch (level) {
                        case GREEN -> "about as high as against unseen rows, so no real row is singled out more than"
                                + " new real data would.";
                        case AMBER -> "lower than against unseen rows: a few synthetic rows sit much closer to one real"
                                + " row than to any other.";
                        case RED -> "far lower than against unseen rows: some synthetic rows point to a single real"
                                + " row.";
                    };
            String against = holdout ? Wording.format("against holdout rows it is %s (10th smallest %s and %s%s)",
                    Wording.number(qh), Wording.number(tt), Wording.number(th10),
                    comparedWith == null ? "" : "; compared with " + comparedWith)
                    : Wording.format("there is no holdout to compare (10th smallest %s)", Wording.number(tt));
            sentence = Wording.format("The 1%% quantile of the nearest-to-second-nearest distance ratio against"
                    + " training rows is %s and %s: %s", Wording.number(qt), against, meaning);
        }
        Level verdict = defined && holdout && qh > 0 ? th.get(NNDR).level(qt / qh) : Level.AMBER;
        return new Nndr(qt, tt, qh, th10, new MetricResult(NNDR, NNDR_LABEL, qt, verdict, sentence));
    }

    /**
     * Identifiability from, per training row, the distance to its nearest other training row, its nearest synthetic
     * row and its nearest holdout row ({@code toHoldout} null when there is none), for as many holdout as synthetic
     * rows; see below.
     */
    public static Identifiability identifiability(double[] toOtherTraining, double[] toSynthetic, double[] toHoldout,
                                                  int syntheticRows, Thresholds th) {
        return identifiability(toOtherTraining, toSynthetic, toHoldout, syntheticRows, syntheticRows, th);
    }

    /**
     * Identifiability from, per training row, the distance to its nearest other training row, its nearest synthetic
     * row and its nearest holdout row ({@code toHoldout} null when there is none); judged under
     * {@code identifiability} on the synthetic share's excess over the holdout's. NaN with fewer than two training
     * rows or no synthetic rows. More candidate rows are closer to more training rows: when every row is as likely
     * as any other to be the closest, the odds that a training row's closest is a candidate are (candidates) / (other
     * training rows). So the holdout's share is taken to what it would be with {@code syntheticRows} candidates by
     * scaling its odds by syntheticRows / holdoutRows (see {@link Odds}); without a holdout the reference is that
     * chance itself.
     */
    public static Identifiability identifiability(double[] toOtherTraining, double[] toSynthetic, double[] toHoldout,
                                                  int syntheticRows, int holdoutRows, Thresholds th) {
        int n = toOtherTraining.length;
        boolean defined = n >= 2 && Double.isFinite(toSynthetic.length == 0 ? Double.NaN : toSynthetic[0]);
        double s = defined ? closerShare(toOtherTraining, toSynthetic) : Double.NaN;
        double measured = defined && toHoldout != null && Double.isFinite(toHoldout[0])
                ? closerShare(toOtherTraining, toHoldout) : Double.NaN;
        boolean sized = syntheticRows != holdoutRows && holdoutRows > 0;
        double h = sized ? Odds.scale(measured, (double) syntheticRows / holdoutRows) : measured;
        double expected = n + syntheticRows - 1 > 0 ? (double) syntheticRows / (n + syntheticRows - 1) : Double.NaN;
        double reference = Double.isNaN(h) ? expected : h;
        Level level = defined ? th.get(IDENTIFIABILITY).level(Math.max(0, s - reference)) : Level.AMBER;
        String sentence;
        if (!defined) {
            sentence = n < 2 ? "At least two training rows are needed to measure identifiability."
                    : "The synthetic table has no rows to compare.";
        } else {
            String meaning = switch (level) {
                case GREEN -> "no more than new real data would give, so the synthetic rows single out no one.";
                case AMBER -> "somewhat more than new real data would give: some real people could be picked out"
                        + " through a synthetic lookalike.";
                case RED -> "far more than new real data would give: many real people could be picked out through a"
                        + " synthetic lookalike.";
            };
            String against = Double.isNaN(h)
                    ? "a fresh sample of the same size would give about " + Wording.percent(expected)
                    : "with unseen real rows in place of synthetic ones it is " + Wording.percent(measured);
            String allowing = Double.isNaN(h) || !sized ? "" : Wording.format(", which allowing for %s synthetic rows"
                    + " against %s holdout rows makes %s", Wording.count(syntheticRows), Wording.count(holdoutRows),
                    Wording.percent(h));
            sentence = Wording.format("For %s of training rows a synthetic row lies closer than any other training row;"
                    + " %s%s: %s", Wording.percent(s), against, allowing, meaning);
        }
        return new Identifiability(s, h, measured,
                new MetricResult(IDENTIFIABILITY, IDENTIFIABILITY_LABEL, s, level, sentence));
    }

    /** The sentence for the report's notes when the synthetic and holdout tables differ in size; null otherwise. */
    static String sizeNote(int syntheticRows, int holdoutRows) {
        return syntheticRows == holdoutRows ? null : Wording.format("Identifiability allows for %s synthetic rows"
                + " against %s holdout rows: more rows come closer to more training rows by chance alone, so the"
                + " holdout's share is scaled to the synthetic table's size.",
                Wording.count(syntheticRows), Wording.count(holdoutRows));
    }

    private static double closerShare(double[] toOther, double[] toCandidate) {
        long closer = 0;
        for (int i = 0; i < toOther.length; i++) {
            if (toCandidate[i] < toOther[i]) {
                closer++;
            }
        }
        return (double) closer / toOther.length;
    }
}
