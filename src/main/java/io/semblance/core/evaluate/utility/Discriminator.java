// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.evaluate.utility;

import io.semblance.core.evaluate.EncodedTable;
import io.semblance.core.job.Cancellation;
import io.semblance.core.job.ProgressListener;
import io.semblance.core.synth.Seeds;
import java.util.SplittableRandom;

/**
 * Can a classifier tell real rows from synthetic ones? The real rows T (label 0) and synthetic rows S (label 1) are
 * stacked and a {@link RandomForest} predicts the label. Every row gets an out-of-fold probability p_i from K-fold
 * stratified cross-validation, from which come the AUC (Mann-Whitney, ties half) and, with c = |S| / (|T| + |S|),
 * pMSE = mean (p_i - c)². S_pMSE divides pMSE by its expectation when both tables come from one distribution. For a
 * tree classifier that expectation has no closed form (the (k-1)(1-c)²c/N of a logistic model does not apply), so,
 * as synthpop does for CART, it is estimated by permutation: the labels are shuffled, the forest is refitted, and
 * the pMSE it reaches is averaged over the permutations. Each permutation here repeats exactly the procedure that
 * produced the observed pMSE, restricted to one fold (fold j mod K for permutation j): the forest is grown on the
 * other K-1 folds of the label-shuffled table and scored on the held-out fold. Any fold gives an unbiased estimate
 * of the null out-of-fold pMSE, so this costs one forest per permutation instead of K. The default is 5
 * permutations (synthpop's default is 50 single-tree refits); the mean of 5 fold-sized null pMSEs averages as many
 * rows as one full cross-validation. Two differences from synthpop's CART S_pMSE: synthpop scores in-sample
 * propensities of one tree, and it halves its permutation null, so the same tables get about twice the S_pMSE there
 * (2 rather than 1 for indistinguishable ones); here S_pMSE ≈ 1 means indistinguishable.
 */
public final class Discriminator {
    private static final long FOLDS = 0x666f6c6473L;
    private static final long PERMUTE = 0x7065726dL;
    private static final long FOREST = 0x64697363L;

    /**
     * Settings.
     *
     * @param folds        cross-validation folds (K)
     * @param permutations label permutations for the null pMSE
     * @param forest       the classifier
     */
    public record Settings(int folds, int permutations, RandomForest.Params forest) {
        /** Needs at least 2 folds. */
        public Settings {
            if (folds < 2 || permutations < 0) {
                throw new IllegalArgumentException(folds + " folds, " + permutations + " permutations");
            }
        }

        /**
         * 5 folds, 5 permutations, 50 trees with leaves of at least 20 rows (smoother probabilities than the
         * predictive default: a less noisy pMSE, a wider S_pMSE range, a quarter of the cost).
         */
        public static Settings defaults() {
            return new Settings(5, 5, new RandomForest.Params(50, 32, 20, 0, 0));
        }
    }

    /**
     * What the discriminator found.
     *
     * @param auc      cross-validated AUC of "is synthetic" (0.5 = cannot tell)
     * @param pmse     pMSE of the out-of-fold probabilities
     * @param nullPmse estimated pMSE when the tables are indistinguishable (mean over the permutations)
     * @param sPmse    pmse / nullPmse (about 1 = indistinguishable)
     * @param real     rows of T
     * @param synthetic rows of S
     * @param permutations permutations used for nullPmse
     * @param outOfFold out-of-fold probability of "synthetic" for every stacked row (T first, then S)
     */
    public record Result(double auc, double pmse, double nullPmse, double sPmse, int real, int synthetic,
                         int permutations, double[] outOfFold) {
    }

    private Discriminator() {
    }

    /** Runs the discriminator on T and S (encoded by one encoder; every column is a feature). */
    public static Result run(EncodedTable real, EncodedTable synthetic, Settings s, long seed,
                             ProgressListener progress, Cancellation cancel) {
        int nt = real.rows();
        int ns = synthetic.rows();
        int n = nt + ns;
        int k = s.folds();
        if (real.columnCount() == 0 || nt < k || ns < k) {
            return new Result(Double.NaN, Double.NaN, Double.NaN, Double.NaN, nt, ns, 0, new double[0]);
        }
        int[] all = new int[real.columnCount()];
        for (int c = 0; c < all.length; c++) {
            all[c] = c;
        }
        FeatureBins bins = FeatureBins.fit(all, FeatureBins.DEFAULT_MAX_BINS, real, synthetic);
        FeatureBins.Binned x = bins.bin(real, synthetic);
        int[] labels = new int[n];
        for (int i = nt; i < n; i++) {
            labels[i] = 1;
        }
        double c = (double) ns / n;
        int steps = k + s.permutations();
        int[] folds = stratifiedFolds(labels, k, Seeds.stream(seed, FOLDS, 0));
        double[] p = new double[n];
        for (int f = 0; f < k; f++) {
            ProgressListener sub = SubProgress.of(progress, (double) f / steps, (f + 1.0) / steps,
                    "real or synthetic? fold " + (f + 1) + " of " + k);
            heldOut(x, labels, folds, f, s.forest(), Seeds.mix(Seeds.mix(seed ^ FOREST) + f), sub, cancel, p);
        }
        double auc = Scores.auc(p, labels);
        double pmse = Scores.pmse(p, c);
        double nullSum = 0;
        for (int j = 0; j < s.permutations(); j++) {
            cancel.check();
            SplittableRandom rnd = Seeds.stream(seed, PERMUTE, j);
            int[] shuffled = Shuffle.permuted(labels, rnd);
            int[] pf = stratifiedFolds(shuffled, k, rnd);
            ProgressListener sub = SubProgress.of(progress, (k + j) / (double) steps, (k + j + 1.0) / steps,
                    "null model, permutation " + (j + 1) + " of " + s.permutations());
            double[] out = new double[n];
            double[] held = heldOut(x, shuffled, pf, j % k, s.forest(), Seeds.mix(Seeds.mix(seed ^ PERMUTE) + j),
                    sub, cancel, out);
            nullSum += Scores.pmse(held, c);
        }
        double nullPmse = s.permutations() == 0 ? Double.NaN : nullSum / s.permutations();
        return new Result(auc, pmse, nullPmse, pmse / nullPmse, nt, ns, s.permutations(), p);
    }

    /**
     * Grows the forest on every fold but {@code fold}, writes the held-out rows' probabilities of label 1 into
     * {@code out} (at their row) and returns them in row order.
     */
    private static double[] heldOut(FeatureBins.Binned x, int[] labels, int[] folds, int fold,
                                    RandomForest.Params params, long seed, ProgressListener progress,
                                    Cancellation cancel, double[] out) {
        int test = 0;
        for (int g : folds) {
            if (g == fold) {
                test++;
            }
        }
        int[] testRows = new int[test];
        int[] trainRows = new int[folds.length - test];
        for (int r = 0, a = 0, b = 0; r < folds.length; r++) {
            if (folds[r] == fold) {
                testRows[a++] = r;
            } else {
                trainRows[b++] = r;
            }
        }
        RandomForest forest = RandomForest.fit(x, Labels.classes(labels, 2), trainRows, params, seed, cancel,
                progress);
        double[][] proba = forest.predictProba(x.select(testRows), cancel);
        double[] held = new double[test];
        for (int i = 0; i < test; i++) {
            held[i] = proba[i][1];
            out[testRows[i]] = held[i];
        }
        return held;
    }

    /** Fold of each row: each label's rows in random order dealt round-robin, so folds keep the label shares. */
    static int[] stratifiedFolds(int[] labels, int k, SplittableRandom random) {
        int[] folds = new int[labels.length];
        int next = 0;
        for (int label = 0; label <= 1; label++) {
            int count = 0;
            for (int l : labels) {
                if (l == label) {
                    count++;
                }
            }
            int[] rows = new int[count];
            for (int r = 0, i = 0; r < labels.length; r++) {
                if (labels[r] == label) {
                    rows[i++] = r;
                }
            }
            Shuffle.shuffle(rows, random);
            for (int r : rows) {
                folds[r] = next;
                next = (next + 1) % k;
            }
        }
        return folds;
    }
}
