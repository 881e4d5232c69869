// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.privacy.disclosure;

/**
 * Correct attribution probability (SDMetrics CategoricalCAP) and DisclosureProtection.
 *
 * <p>For each real row whose quasi-identifier tuple occurs in the synthetic table, CAP_i is the share of those
 * synthetic rows that carry the row's true sensitive tuple. Rows whose tuple does not occur are left out, as
 * in SDMetrics. score = 1 − mean CAP_i; protection = min(score / baseline, 1) with
 * baseline = 1 − 1/Π nunique(sensitive column in the real data), missing counted as a value; when the
 * baseline is 0 (one possible sensitive tuple) protection is 0 if the score is 0, else 1, as in SDMetrics.
 * When no real row matches, score and protection are 1 (nothing can be attributed) and meanCap is NaN.
 *
 * @param rows       real rows
 * @param matched    real rows whose quasi-identifier tuple occurs in the synthetic table
 * @param meanCap    mean CAP_i over the matched rows, in [0,1]; NaN when none matched
 * @param score      CategoricalCAP score = 1 − meanCap, in [0,1] (1 = safe)
 * @param baseline   1 − 1/Π nunique(SA): the score of a blind guess, in [0,1)
 * @param protection DisclosureProtection in [0,1] (1 = no more risk than random data)
 */
public record CapRisk(int rows, int matched, double meanCap, double score, double baseline, double protection) {

    /** Not computed (no quasi-identifiers or no sensitive columns): every value NaN. */
    public static CapRisk unavailable(int rows) {
        return new CapRisk(rows, 0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
    }

    /**
     * CAP over real rows given dense keys shared by both tables: {@code qi*} on the quasi-identifiers and
     * {@code joint*} on quasi-identifiers plus sensitive columns; {@code combinations} = Π nunique(SA) in the real data.
     */
    public static CapRisk compute(int[] qiReal, int[] qiSyn, int qiDistinct, int[] jointReal, int[] jointSyn,
                                  int jointDistinct, double combinations) {
        int[] perQi = Counts.of(qiSyn, qiDistinct);
        int[] perJoint = Counts.of(jointSyn, jointDistinct);
        int matched = 0;
        double sum = 0;
        for (int r = 0; r < qiReal.length; r++) {
            int n = perQi[qiReal[r]];
            if (n > 0) {
                matched++;
                sum += (double) perJoint[jointReal[r]] / n;
            }
        }
        double baseline = 1 - 1 / combinations;
        if (matched == 0) {
            return new CapRisk(qiReal.length, 0, Double.NaN, 1, baseline, 1);
        }
        double meanCap = sum / matched;
        double score = 1 - meanCap;
        double protection = baseline == 0 ? (score == 0 ? 0 : 1) : Math.min(score / baseline, 1);
        return new CapRisk(qiReal.length, matched, meanCap, score, baseline, protection);
    }
}
