// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.privacy.disclosure;

/**
 * Identity disclosure as synthpop measures it. UiO = % of real rows whose quasi-identifier tuple is unique in
 * the real table; repU = % of real rows whose tuple is unique in the real table and unique in the synthetic one.
 *
 * @param rows       real rows
 * @param unique     real rows unique on the quasi-identifiers in the real table
 * @param replicated of those, rows whose tuple occurs exactly once in the synthetic table
 * @param uio        100 · unique / rows, in [0,100]; NaN for an empty table
 * @param repU       100 · replicated / rows, in [0,100]; NaN for an empty table
 */
public record ReplicatedUniques(int rows, int unique, int replicated, double uio, double repU) {

    /** Not computed (no quasi-identifiers): percentages NaN. */
    public static ReplicatedUniques unavailable(int rows) {
        return new ReplicatedUniques(rows, 0, 0, Double.NaN, Double.NaN);
    }

    /** From dense quasi-identifier keys shared by the real and synthetic tables. */
    public static ReplicatedUniques compute(int[] qiReal, int[] qiSyn, int qiDistinct) {
        int[] inReal = Counts.of(qiReal, qiDistinct);
        int[] inSyn = Counts.of(qiSyn, qiDistinct);
        int unique = 0;
        int replicated = 0;
        for (int k : qiReal) {
            if (inReal[k] == 1) {
                unique++;
                if (inSyn[k] == 1) {
                    replicated++;
                }
            }
        }
        int n = qiReal.length;
        return new ReplicatedUniques(n, unique, replicated, 100 * Counts.share(unique, n), 100 * Counts.share(replicated, n));
    }
}
