// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.evaluate.utility;

import io.semblance.core.evaluate.EncodedTable;
import io.semblance.core.job.Cancellation;
import io.semblance.core.job.ProgressListener;
import java.util.Arrays;

/**
 * Train on synthetic, test on real: the same {@link RandomForest} (same settings and seed) is grown on S and on T to
 * predict a target column from all the others, and both are scored on the holdout H. A categorical target is a
 * classification task: with two classes (in T) the score is the F1 of the class that is rarer in T, otherwise the
 * macro-F1 (the unweighted mean of per-class F1 over the classes that occur in H or in the predictions); accuracy
 * and macro-F1 are reported for both. A numeric target is a regression task scored by R² on H. Rows whose target is
 * missing are left out of training and scoring. The ratio is score(S) / score(T).
 */
public final class MlEfficacy {
    /** Most classes a categorical target may have; more than this is not a prediction task the forest suits. */
    public static final int MAX_CLASSES = 100;

    /** The kind of task and thus of score. */
    public enum Task {
        /** Two classes; score = F1 of the class rarer in T. */
        BINARY,
        /** More than two classes; score = macro-F1. */
        MULTICLASS,
        /** Numeric target; score = R². */
        REGRESSION
    }

    /**
     * Scores of the two models on H (NaN where not applicable; {@code problem} says why when nothing could be scored).
     *
     * @param target        target column
     * @param task          kind of task, null when nothing could be scored
     * @param positiveClass for BINARY: the class whose F1 is the score
     * @param scoreSynthetic score of the model trained on S
     * @param scoreReal     score of the model trained on T
     * @param ratio         scoreSynthetic / scoreReal
     * @param accuracySynthetic accuracy of the S model (classification)
     * @param accuracyReal  accuracy of the T model (classification)
     * @param macroF1Synthetic macro-F1 of the S model (classification)
     * @param macroF1Real   macro-F1 of the T model (classification)
     * @param holdoutRows   rows of H scored
     * @param problem       why nothing was scored, or null
     */
    public record Result(String target, Task task, String positiveClass, double scoreSynthetic, double scoreReal,
                         double ratio, double accuracySynthetic, double accuracyReal, double macroF1Synthetic,
                         double macroF1Real, int holdoutRows, String problem) {
        static Result failed(String target, String problem) {
            double nan = Double.NaN;
            return new Result(target, null, null, nan, nan, nan, nan, nan, nan, nan, 0, problem);
        }

        /** The score's name: "F1 of class x", "macro-F1" or "R²". */
        public String scoreName() {
            return task == null ? "score" : switch (task) {
                case BINARY -> "F1 of class \"" + positiveClass + "\"";
                case MULTICLASS -> "macro-F1";
                case REGRESSION -> "R²";
            };
        }
    }

    private MlEfficacy() {
    }

    /** Grows the forest on S and on T and scores both on H; holdout or target may be null (the result says why). */
    public static Result run(EncodedTable real, EncodedTable synthetic, EncodedTable holdout, String target,
                             RandomForest.Params params, long seed, ProgressListener progress, Cancellation cancel) {
        if (target == null) {
            return Result.failed(null, "no target column was chosen");
        }
        int t = real.indexOf(target);
        if (t < 0) {
            return Result.failed(target, "the target column \"" + target + "\" is not among the evaluated columns");
        }
        if (holdout == null || holdout.rows() == 0) {
            return Result.failed(target, "a holdout (real rows the synthesizer never saw) is needed");
        }
        int[] features = new int[real.columnCount() - 1];
        for (int c = 0, k = 0; c < real.columnCount(); c++) {
            if (c != t) {
                features[k++] = c;
            }
        }
        if (features.length == 0) {
            return Result.failed(target, "there are no other columns to predict it from");
        }
        int[] hRows = present(holdout, t);
        if (hRows.length == 0) {
            return Result.failed(target, "the holdout has no value for the target");
        }
        if (real.isNumeric(t)) {
            double[] truth = select(holdout.numbers(t), hRows);
            double[] fromS = regress(synthetic, holdout, t, features, hRows, params, seed, progress, 0, cancel);
            double[] fromT = regress(real, holdout, t, features, hRows, params, seed, progress, 1, cancel);
            if (fromS == null || fromT == null) {
                return Result.failed(target, (fromS == null ? "the synthetic" : "the real")
                        + " table has no value for the target");
            }
            double s = Scores.r2(truth, fromS);
            double r = Scores.r2(truth, fromT);
            double nan = Double.NaN;
            return new Result(target, Task.REGRESSION, null, s, r, ratio(s, r), nan, nan, nan, nan, hRows.length,
                    Double.isNaN(s) ? "the target is constant in the holdout" : null);
        }
        int dict = real.column(t).categories().size();
        long[] freq = new long[dict];
        int[] tCodes = real.codes(t);
        for (int r : present(real, t)) {
            freq[tCodes[r]]++;
        }
        int classes = (int) Arrays.stream(freq).filter(f -> f > 0).count();
        if (classes < 2) {
            return Result.failed(target, "the target takes a single value in the real rows");
        }
        if (classes > MAX_CLASSES) {
            return Result.failed(target, "the target has " + classes + " classes (at most " + MAX_CLASSES + ")");
        }
        int[] truth = select(holdout.codes(t), hRows);
        int[] fromS = classify(synthetic, holdout, t, features, hRows, params, seed, progress, 0, cancel);
        int[] fromT = classify(real, holdout, t, features, hRows, params, seed, progress, 1, cancel);
        if (fromS == null || fromT == null) {
            return Result.failed(target, (fromS == null ? "the synthetic" : "the real") + " table has no value for"
                    + " the target");
        }
        double macroS = Scores.macroF1(truth, fromS);
        double macroT = Scores.macroF1(truth, fromT);
        Task task = classes == 2 ? Task.BINARY : Task.MULTICLASS;
        String positive = null;
        double s = macroS;
        double r = macroT;
        if (task == Task.BINARY) {
            int minority = -1;
            for (int k = 0; k < dict; k++) {
                if (freq[k] > 0 && (minority < 0 || freq[k] < freq[minority])) {
                    minority = k;
                }
            }
            positive = real.column(t).categories().get(minority);
            s = Scores.f1(truth, fromS, minority);
            r = Scores.f1(truth, fromT, minority);
        }
        return new Result(target, task, positive, s, r, ratio(s, r), Scores.accuracy(truth, fromS),
                Scores.accuracy(truth, fromT), macroS, macroT, hRows.length, null);
    }

    private static double ratio(double s, double r) {
        return r > 0 ? s / r : Double.NaN;
    }

    /** Predicted codes of H's rows (listed) from a forest grown on {@code train}; null when it has no labels. */
    private static int[] classify(EncodedTable train, EncodedTable holdout, int t, int[] features, int[] hRows,
                                  RandomForest.Params params, long seed, ProgressListener progress, int step,
                                  Cancellation cancel) {
        int[] rows = present(train, t);
        if (rows.length == 0) {
            return null;
        }
        int[] codes = train.codes(t);
        int[] classOf = new int[train.column(t).categories().size()];
        Arrays.fill(classOf, -1);
        int k = 0;
        for (int r : rows) {
            if (classOf[codes[r]] < 0) {
                classOf[codes[r]] = k++;
            }
        }
        int[] codeOf = new int[k];
        int[] y = new int[train.rows()];
        for (int r : rows) {
            y[r] = classOf[codes[r]];
            codeOf[y[r]] = codes[r];
        }
        FeatureBins bins = FeatureBins.fit(features, FeatureBins.DEFAULT_MAX_BINS, train);
        RandomForest f = RandomForest.fit(bins.bin(train), Labels.classes(y, k), rows, params, seed, cancel,
                SubProgress.of(progress, step / 2.0, (step + 1) / 2.0, label(step)));
        int[] pred = f.predictClass(bins.bin(holdout).select(hRows), cancel);
        for (int i = 0; i < pred.length; i++) {
            pred[i] = codeOf[pred[i]];
        }
        return pred;
    }

    /** Predicted values of H's rows (listed) from a forest grown on {@code train}; null when it has no labels. */
    private static double[] regress(EncodedTable train, EncodedTable holdout, int t, int[] features, int[] hRows,
                                    RandomForest.Params params, long seed, ProgressListener progress, int step,
                                    Cancellation cancel) {
        int[] rows = present(train, t);
        if (rows.length == 0) {
            return null;
        }
        FeatureBins bins = FeatureBins.fit(features, FeatureBins.DEFAULT_MAX_BINS, train);
        double[] y = train.numbers(t).clone();
        for (int i = 0; i < y.length; i++) {
            y[i] = Double.isNaN(y[i]) ? 0 : y[i];
        }
        RandomForest f = RandomForest.fit(bins.bin(train), Labels.values(y), rows, params, seed, cancel,
                SubProgress.of(progress, step / 2.0, (step + 1) / 2.0, label(step)));
        return f.predict(bins.bin(holdout).select(hRows), cancel);
    }

    private static String label(int step) {
        return step == 0 ? "model trained on synthetic rows" : "model trained on real rows";
    }

    /** Rows whose value in column c is present. */
    static int[] present(EncodedTable table, int c) {
        int[] out = new int[table.rows()];
        int n = 0;
        for (int r = 0; r < table.rows(); r++) {
            if (table.isNumeric(c) ? !Double.isNaN(table.numbers(c)[r]) : table.codes(c)[r] >= 0) {
                out[n++] = r;
            }
        }
        return Arrays.copyOf(out, n);
    }

    private static int[] select(int[] v, int[] rows) {
        return Arrays.stream(rows).map(r -> v[r]).toArray();
    }

    private static double[] select(double[] v, int[] rows) {
        return Arrays.stream(rows).mapToDouble(r -> v[r]).toArray();
    }
}
