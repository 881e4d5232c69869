// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.privacy;

import io.semblance.core.evaluate.EncodedTable;
import io.semblance.core.evaluate.MetricResult;
import io.semblance.core.evaluate.Thresholds;
import io.semblance.core.job.Cancellation;
import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * NewRowSynthesis (SDMetrics): the share of synthetic rows that match no training row, where a match needs every
 * categorical value equal and every number within 1% of the synthetic number: |x_real - x_syn| ≤ 0.01 · |x_syn|
 * (missing equals missing). Training rows are grouped by their categories; within a group they are sorted by one
 * number, so only the rows inside the tolerance window around the synthetic value are checked.
 */
public final class NewRowSynthesis {
    /** The number and share (in [0, 1]) of new synthetic rows; NaN share when the synthetic table is empty. */
    public record Result(long newRows, int syntheticRows, double share, MetricResult metric) {
    }

    static final String KEY = "new_row_synthesis";
    static final String LABEL = "New row synthesis";
    private static final double TOLERANCE = 0.01;

    private NewRowSynthesis() {
    }

    /** True when training row i of t matches synthetic row j of s under the definition above. */
    public static boolean matches(EncodedTable t, int i, EncodedTable s, int j) {
        for (int c = 0; c < t.columnCount(); c++) {
            if (t.isNumeric(c)) {
                if (!close(t.numbers(c)[i], s.numbers(c)[j])) {
                    return false;
                }
            } else if (t.codes(c)[i] != s.codes(c)[j]) {
                return false;
            }
        }
        return true;
    }

    private static boolean close(double real, double syn) {
        boolean mr = Double.isNaN(real);
        boolean ms = Double.isNaN(syn);
        return mr || ms ? mr && ms : Math.abs(real - syn) <= TOLERANCE * Math.abs(syn);
    }

    /** The share of new rows in {@code synthetic}, judged under {@code new_row_synthesis}. */
    public static Result evaluate(EncodedTable train, EncodedTable synthetic, Thresholds th) {
        return evaluate(train, synthetic, th, Cancellation.NEVER);
    }

    /** As above, checking for cancellation every 1,024 synthetic rows. */
    static Result evaluate(EncodedTable train, EncodedTable synthetic, Thresholds th, Cancellation cancel) {
        int[] categorical = IntStream.range(0, train.columnCount()).filter(c -> !train.isNumeric(c)).toArray();
        int[] numeric = IntStream.range(0, train.columnCount()).filter(train::isNumeric).toArray();
        int key = numeric.length == 0 ? -1 : mostDistinct(train, numeric);
        RowGroups groups = new RowGroups(train, categorical, cancel);
        Bucket[] buckets = new Bucket[groups.size()];
        long fresh = 0;
        for (int j = 0; j < synthetic.rows(); j++) {
            if ((j & 0x3FF) == 0) {
                cancel.check();
            }
            int g = groups.find(synthetic, j);
            if (g < 0) {
                fresh++;
                continue;
            }
            if (key < 0) {
                continue;
            }
            if (buckets[g] == null) {
                buckets[g] = new Bucket(train, groups.group(g), key);
            }
            if (!buckets[g].anyMatch(train, synthetic, j)) {
                fresh++;
            }
        }
        int n = synthetic.rows();
        double share = n == 0 ? Double.NaN : (double) fresh / n;
        return new Result(fresh, n, share, th.result(KEY, LABEL, share, sentence(fresh, n, th, share)));
    }

    private static String sentence(long fresh, int n, Thresholds th, double share) {
        if (n == 0) {
            return "The synthetic table has no rows to compare.";
        }
        String meaning = switch (th.get(KEY).level(share)) {
            case GREEN -> "hardly any are near-copies.";
            case AMBER -> "some are near-copies of training rows.";
            case RED -> "many are near-copies of training rows.";
        };
        return Wording.format("%s of %s synthetic rows (%s) are new, matched by no training row on every category and"
                + " within 1%% on every number: %s", Wording.count(fresh), Wording.count(n), Wording.percent(share),
                meaning);
    }

    /** The numeric column with the most distinct training values: the most selective one to sort by. */
    private static int mostDistinct(EncodedTable t, int[] numeric) {
        int best = numeric[0];
        long most = -1;
        for (int c : numeric) {
            double[] v = Arrays.stream(t.numbers(c)).filter(x -> !Double.isNaN(x)).sorted().toArray();
            long distinct = IntStream.range(0, v.length).filter(i -> i == 0 || v[i] != v[i - 1]).count();
            if (distinct > most) {
                most = distinct;
                best = c;
            }
        }
        return best;
    }

    /** Training rows sharing one tuple of categories, sorted by the key column; rows missing the key apart. */
    private static final class Bucket {
        private final int key;
        private final double[] values;
        private final int[] rows;
        private final int[] missing;

        Bucket(EncodedTable t, int[] members, int key) {
            this.key = key;
            double[] v = t.numbers(key);
            int[] present = Arrays.stream(members).filter(r -> !Double.isNaN(v[r])).boxed()
                    .sorted((a, b) -> Double.compare(v[a], v[b])).mapToInt(Integer::intValue).toArray();
            this.rows = present;
            this.values = Arrays.stream(present).mapToDouble(r -> v[r]).toArray();
            this.missing = Arrays.stream(members).filter(r -> Double.isNaN(v[r])).toArray();
        }

        boolean anyMatch(EncodedTable t, EncodedTable s, int j) {
            double y = s.numbers(key)[j];
            if (Double.isNaN(y)) {
                for (int i : missing) {
                    if (matches(t, i, s, j)) {
                        return true;
                    }
                }
                return false;
            }
            double tol = TOLERANCE * Math.abs(y);
            double slack = tol * 1e-9 + 4 * Math.ulp(Math.abs(y) + tol);
            int from = lowerBound(values, y - tol - slack);
            for (int k = from; k < values.length && values[k] <= y + tol + slack; k++) {
                if (matches(t, rows[k], s, j)) {
                    return true;
                }
            }
            return false;
        }

        private static int lowerBound(double[] a, double v) {
            int lo = 0;
            int hi = a.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (a[mid] < v) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }
    }
}
