// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.privacy.disclosure;

/**
 * Attribute disclosure as synthpop measures it. DiSCO (disclosive in synthetic, correct in original) = % of
 * real rows whose quasi-identifier tuple occurs in the synthetic table, where every synthetic row with that
 * tuple carries one and the same sensitive tuple, and that tuple is the real row's own. Dorig is the same
 * count with the real table in place of the synthetic one: what the real data itself would disclose.
 *
 * @param rows        real rows
 * @param disclosive  real rows counted by DiSCO
 * @param disco       100 · disclosive / rows, in [0,100]; NaN when not computed or the table is empty
 * @param inOriginal  real rows whose tuple, in the real table, always carries one sensitive tuple
 * @param dorig       100 · inOriginal / rows, in [0,100]
 */
public record Disco(int rows, int disclosive, double disco, int inOriginal, double dorig) {

    /** Not computed (no quasi-identifiers or no sensitive columns): percentages NaN. */
    public static Disco unavailable(int rows) {
        return new Disco(rows, 0, Double.NaN, 0, Double.NaN);
    }

    /** From dense keys shared by both tables on the quasi-identifiers and on quasi-identifiers plus sensitive columns. */
    public static Disco compute(int[] qiReal, int[] qiSyn, int qiDistinct, int[] jointReal, int[] jointSyn,
                                int jointDistinct) {
        int[] synQi = Counts.of(qiSyn, qiDistinct);
        int[] synJoint = Counts.of(jointSyn, jointDistinct);
        int[] realQi = Counts.of(qiReal, qiDistinct);
        int[] realJoint = Counts.of(jointReal, jointDistinct);
        int disclosive = 0;
        int inOriginal = 0;
        for (int r = 0; r < qiReal.length; r++) {
            // All synthetic rows with this tuple carry the true sensitive tuple exactly when the two counts agree.
            int n = synQi[qiReal[r]];
            if (n > 0 && synJoint[jointReal[r]] == n) {
                disclosive++;
            }
            if (realJoint[jointReal[r]] == realQi[qiReal[r]]) {
                inOriginal++;
            }
        }
        int n = qiReal.length;
        return new Disco(n, disclosive, 100 * Counts.share(disclosive, n), inOriginal, 100 * Counts.share(inOriginal, n));
    }
}
