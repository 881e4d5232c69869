// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.evaluate.utility;

import java.util.Arrays;

/** The scores the utility metrics report: AUC, pMSE, F1 (per class and macro), accuracy and R². */
public final class Scores {
    private Scores() {
    }

    /**
     * Area under the ROC curve of scores for labels 1 against labels 0, as the Mann-Whitney statistic: the share of
     * (positive, negative) pairs in which the positive scores higher, ties counting half. NaN without both labels.
     */
    public static double auc(double[] scores, int[] labels) {
        int n = scores.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(scores[a], scores[b]));
        double rankSum = 0;
        long positives = 0;
        int i = 0;
        while (i < n) {
            int j = i;
            while (j + 1 < n && scores[order[j + 1]] == scores[order[i]]) {
                j++;
            }
            double midRank = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) {
                if (labels[order[k]] == 1) {
                    rankSum += midRank;
                    positives++;
                }
            }
            i = j + 1;
        }
        long negatives = n - positives;
        if (positives == 0 || negatives == 0) {
            return Double.NaN;
        }
        return (rankSum - positives * (positives + 1) / 2.0) / ((double) positives * negatives);
    }

    /** Propensity mean squared error: the mean of (p_i - c)², c the share of synthetic rows. */
    public static double pmse(double[] p, double c) {
        double sum = 0;
        for (double v : p) {
            sum += (v - c) * (v - c);
        }
        return p.length == 0 ? Double.NaN : sum / p.length;
    }

    /** Share of predictions equal to the truth. */
    public static double accuracy(int[] truth, int[] predicted) {
        int ok = 0;
        for (int i = 0; i < truth.length; i++) {
            if (truth[i] == predicted[i]) {
                ok++;
            }
        }
        return truth.length == 0 ? Double.NaN : (double) ok / truth.length;
    }

    /** F1 of one class: 2·TP / (2·TP + FP + FN); 0 when the class is neither true nor predicted anywhere. */
    public static double f1(int[] truth, int[] predicted, int cls) {
        long tp = 0;
        long fp = 0;
        long fn = 0;
        for (int i = 0; i < truth.length; i++) {
            boolean t = truth[i] == cls;
            boolean p = predicted[i] == cls;
            if (t && p) {
                tp++;
            } else if (p) {
                fp++;
            } else if (t) {
                fn++;
            }
        }
        return tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
    }

    /** Unweighted mean of the per-class F1 over the classes that occur in the truth or the predictions. */
    public static double macroF1(int[] truth, int[] predicted) {
        int[] classes = java.util.stream.IntStream.concat(Arrays.stream(truth), Arrays.stream(predicted))
                .distinct().sorted().toArray();
        double sum = 0;
        for (int c : classes) {
            sum += f1(truth, predicted, c);
        }
        return classes.length == 0 ? Double.NaN : sum / classes.length;
    }

    /** Coefficient of determination 1 - SSE / SST around the truth's own mean; NaN when the truth is constant. */
    public static double r2(double[] truth, double[] predicted) {
        double mean = 0;
        for (double t : truth) {
            mean += t;
        }
        mean /= truth.length;
        double sse = 0;
        double sst = 0;
        for (int i = 0; i < truth.length; i++) {
            sse += (truth[i] - predicted[i]) * (truth[i] - predicted[i]);
            sst += (truth[i] - mean) * (truth[i] - mean);
        }
        return sst == 0 ? Double.NaN : 1 - sse / sst;
    }
}
