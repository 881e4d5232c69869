// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.privacy;

import io.semblance.core.evaluate.EncodedTable;
import io.semblance.core.model.SdType;
import java.util.SplittableRandom;

/**
 * The random rows R of DCRBaselineProtection: each column drawn independently, uniform in the real column's
 * [min, max] (whole numbers for integer columns), uniform over the categories observed in the real column, and
 * missing at the real column's missing rate. Seeded, so the same seed gives the same rows.
 */
final class RandomBaseline {
    /** Columns in table order: numbers (NaN = missing) for numeric columns, codes (-1 = missing) otherwise. */
    record Columns(double[][] numbers, int[][] codes, int rows) {
    }

    private RandomBaseline() {
    }

    /** {@code rows} random rows shaped after {@code real}. */
    static Columns generate(EncodedTable real, int rows, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int columns = real.columnCount();
        double[][] numbers = new double[columns][];
        int[][] codes = new int[columns][];
        for (int c = 0; c < columns; c++) {
            if (real.isNumeric(c)) {
                numbers[c] = numbers(real, c, rows, rng);
            } else {
                codes[c] = codes(real, c, rows, rng);
            }
        }
        return new Columns(numbers, codes, rows);
    }

    private static double[] numbers(EncodedTable real, int c, int rows, SplittableRandom rng) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        int missing = 0;
        for (double v : real.numbers(c)) {
            if (Double.isNaN(v)) {
                missing++;
            } else {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        double missingRate = real.rows() == 0 ? 1 : (double) missing / real.rows();
        boolean integer = real.column(c).meta().integer() && real.column(c).meta().sdtype() == SdType.NUMERICAL;
        double first = integer ? Math.ceil(lo) : lo;
        double last = integer ? Math.floor(hi) : hi;
        double[] out = new double[rows];
        for (int r = 0; r < rows; r++) {
            if (lo > hi || rng.nextDouble() < missingRate) {
                out[r] = Double.NaN;
            } else if (integer && first <= last) {
                out[r] = Math.min(last, first + Math.floor(rng.nextDouble() * (last - first + 1)));
            } else {
                out[r] = lo + rng.nextDouble() * (hi - lo);
            }
        }
        return out;
    }

    private static int[] codes(EncodedTable real, int c, int rows, SplittableRandom rng) {
        int[] values = real.codes(c);
        int dictionary = real.column(c).categories().size();
        boolean[] seen = new boolean[dictionary];
        int missing = 0;
        for (int v : values) {
            if (v < 0) {
                missing++;
            } else {
                seen[v] = true;
            }
        }
        int distinct = 0;
        for (boolean s : seen) {
            distinct += s ? 1 : 0;
        }
        int[] observed = new int[distinct];
        for (int v = 0, k = 0; v < dictionary; v++) {
            if (seen[v]) {
                observed[k++] = v;
            }
        }
        double missingRate = real.rows() == 0 ? 1 : (double) missing / real.rows();
        int[] out = new int[rows];
        for (int r = 0; r < rows; r++) {
            out[r] = distinct == 0 || rng.nextDouble() < missingRate ? -1 : observed[rng.nextInt(distinct)];
        }
        return out;
    }
}
