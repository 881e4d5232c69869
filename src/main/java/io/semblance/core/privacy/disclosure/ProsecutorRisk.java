// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.privacy.disclosure;

/**
 * Prosecutor re-identification risk of one released table on its quasi-identifiers, as ARX defines it. The rows
 * fall into equivalence classes c (equal quasi-identifier tuples) of sizes f_c; n = rows.
 *
 * @param rows          n
 * @param classes       number of equivalence classes
 * @param tau           the risk threshold for a single record, in (0,1]
 * @param recordsAtRisk Σ f_c / n over the classes with 1/f_c &gt; tau, in [0,1]
 * @param highestRisk   1 / min f_c, in (0,1]
 * @param successRate   classes / n, in (0,1]: the expected share of rows a prosecutor re-identifies
 * @param k             min f_c: the table is k-anonymous for this k
 * @param sampleUniques share of rows in a class of size 1, in [0,1]
 */
public record ProsecutorRisk(int rows, int classes, double tau, double recordsAtRisk, double highestRisk,
                             double successRate, int k, double sampleUniques) {

    /** Not computed (no quasi-identifiers, or an empty table): every share NaN, k = 0. */
    public static ProsecutorRisk unavailable(int rows, double tau) {
        return new ProsecutorRisk(rows, 0, tau, Double.NaN, Double.NaN, Double.NaN, 0, Double.NaN);
    }

    /** Risk of the rows carrying {@code keys} (dense in [0, distinct); keys absent from this table are ignored). */
    public static ProsecutorRisk of(int[] keys, int distinct, double tau) {
        int n = keys.length;
        if (n == 0) {
            return unavailable(0, tau);
        }
        int[] size = Counts.of(keys, distinct);
        int classes = 0;
        int min = Integer.MAX_VALUE;
        long atRisk = 0;
        long uniques = 0;
        for (int f : size) {
            if (f == 0) {
                continue;
            }
            classes++;
            min = Math.min(min, f);
            if (1.0 / f > tau) {
                atRisk += f;
            }
            if (f == 1) {
                uniques++;
            }
        }
        return new ProsecutorRisk(n, classes, tau, (double) atRisk / n, 1.0 / min, (double) classes / n, min,
                (double) uniques / n);
    }

    /** The largest class size still at risk under tau (1/f &gt; tau), or 0 when none is. */
    public int largestClassAtRisk() {
        int f = (int) Math.ceil(1 / tau);
        while (f > 0 && !(1.0 / f > tau)) {
            f--;
        }
        while (1.0 / (f + 1) > tau) {
            f++;
        }
        return f;
    }
}
