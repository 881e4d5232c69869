// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.privacy.hybrid;

import io.semblance.core.evaluate.EncodedTable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How often the sensitive values a hybrid table attaches to real records are those records' own, against how often
 * a guess that owes nothing to the record would be right.
 *
 * <p>A guess is right for a category when it is the same category, for a number or date when it lies within
 * {@value #TOLERANCE} of the true value relative to it (|guess − true| ≤ 0.05·|true|, as Anonymeter's inference
 * attack counts); missing is right only for missing. Three rates per sensitive column: the attached values
 * (match), a random draw from the column's real distribution (marginal: for each real-based row, the share of
 * training rows whose value would count as right), and, with a holdout, the values of the row of the released
 * table closest to each holdout record on the other columns (what the table tells about people it was not made
 * from). Disclosure = (match − baseline) / (1 − baseline) clipped to [0, 1], the baseline being the holdout rate
 * when there is one, else the marginal rate: the share of the remaining uncertainty the attached values remove.
 */
public final class SensitiveMatch {
    /** Relative tolerance within which a number counts as the true one. */
    public static final double TOLERANCE = 0.05;

    /**
     * One sensitive column.
     *
     * @param name         the column
     * @param numeric      true for numbers and dates (matched within the tolerance)
     * @param match        share of real-based rows whose attached value is their record's own, in [0, 1]
     * @param marginal     the same for a random draw from the column's real values
     * @param holdout      the same for holdout records looked up in the released table; NaN without a holdout
     * @param disclosure   the excess of match over the baseline, as a share of what the baseline leaves, in [0, 1]
     */
    public record Column(String name, boolean numeric, double match, double marginal, double holdout,
                         double disclosure) {
        /** The rate the disclosure is measured against: holdout when there is one, else marginal. */
        public double baseline() {
            return Double.isNaN(holdout) ? marginal : holdout;
        }
    }

    /**
     * Every sensitive column, the number of real-based rows and how many are complete copies.
     *
     * @param columns        per sensitive column, in the order given
     * @param rows           real-based rows
     * @param copies         real-based rows whose every sensitive value is exactly their record's own
     * @param copiesMarginal expected share of such rows had the sensitive values been a random real row's
     */
    public record Result(List<Column> columns, int rows, int copies, double copiesMarginal) {
        public Result {
            columns = List.copyOf(columns);
        }

        /** The column with the highest disclosure (the first of equals); null when there is none. */
        public Column worst() {
            Column w = null;
            for (Column c : columns) {
                if (w == null || c.disclosure() > w.disclosure()) {
                    w = c;
                }
            }
            return w;
        }

        /** True when the baseline is the holdout. */
        public boolean againstHoldout() {
            return !columns.isEmpty() && !Double.isNaN(columns.get(0).holdout());
        }
    }

    private SensitiveMatch() {
    }

    /**
     * Rates for the {@code sensitive} columns. Row i of {@code attached} is the released real-based row whose real
     * record is row i of {@code truth}; row j of {@code holdoutGuess} is the released row looked up for row j of
     * {@code holdout} (both null without a holdout). Every table comes from one encoder; {@code train} gives the
     * marginal distribution.
     */
    public static Result compute(EncodedTable train, EncodedTable attached, EncodedTable truth, EncodedTable holdout,
                                 EncodedTable holdoutGuess, List<String> sensitive) {
        List<Column> out = new ArrayList<>();
        for (String name : sensitive) {
            int c = train.indexOf(name);
            boolean numeric = train.isNumeric(c);
            double match = rate(truth, attached, c);
            double marginal = marginal(train, truth, c);
            double control = holdout == null || holdout.rows() == 0 ? Double.NaN : rate(holdout, holdoutGuess, c);
            double base = Double.isNaN(control) ? marginal : control;
            double disclosure = truth.rows() == 0 ? Double.NaN
                    : base >= 1 ? 0 : Math.max(0, Math.min(1, (match - base) / (1 - base)));
            out.add(new Column(name, numeric, match, marginal, control, disclosure));
        }
        int[] index = sensitive.stream().mapToInt(train::indexOf).toArray();
        return new Result(out, truth.rows(), copies(truth, attached, index), copiesMarginal(train, truth, index));
    }

    /** Share of rows i for which guess row i counts as right about truth row i in column c; NaN with no rows. */
    static double rate(EncodedTable truth, EncodedTable guess, int c) {
        int n = truth.rows();
        int right = 0;
        for (int i = 0; i < n; i++) {
            boolean ok = truth.isNumeric(c) ? close(truth.numbers(c)[i], guess.numbers(c)[i])
                    : truth.codes(c)[i] == guess.codes(c)[i];
            right += ok ? 1 : 0;
        }
        return n == 0 ? Double.NaN : (double) right / n;
    }

    /** True when {@code guess} counts as the true number (NaN = missing). */
    static boolean close(double truth, double guess) {
        if (Double.isNaN(truth) || Double.isNaN(guess)) {
            return Double.isNaN(truth) && Double.isNaN(guess);
        }
        return Math.abs(guess - truth) <= TOLERANCE * Math.abs(truth);
    }

    /** Mean over truth rows of the share of train rows that would count as right about them in column c. */
    static double marginal(EncodedTable train, EncodedTable truth, int c) {
        int n = train.rows();
        if (n == 0 || truth.rows() == 0) {
            return Double.NaN;
        }
        double sum = 0;
        if (truth.isNumeric(c)) {
            double[] sorted = train.numbers(c).clone();
            Arrays.sort(sorted); // NaN sorts last
            int missing = 0;
            while (missing < n && Double.isNaN(sorted[n - 1 - missing])) {
                missing++;
            }
            int present = n - missing;
            for (double x : truth.numbers(c)) {
                double d = TOLERANCE * Math.abs(x);
                sum += Double.isNaN(x) ? missing : above(sorted, present, x + d, true) - above(sorted, present, x - d, false);
            }
        } else {
            Map<Integer, Integer> counts = new HashMap<>();
            for (int code : train.codes(c)) {
                counts.merge(code, 1, Integer::sum);
            }
            for (int code : truth.codes(c)) {
                sum += counts.getOrDefault(code, 0);
            }
        }
        return sum / n / truth.rows();
    }

    /** Number of the first {@code n} sorted values below x (or at most x when {@code inclusive}). */
    private static int above(double[] sorted, int n, double x, boolean inclusive) {
        int lo = 0;
        int hi = n;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < x || inclusive && sorted[mid] == x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static int copies(EncodedTable truth, EncodedTable attached, int[] index) {
        int k = 0;
        for (int i = 0; i < truth.rows(); i++) {
            k += key(truth, i, index).equals(key(attached, i, index)) ? 1 : 0;
        }
        return k;
    }

    private static double copiesMarginal(EncodedTable train, EncodedTable truth, int[] index) {
        if (train.rows() == 0 || truth.rows() == 0) {
            return Double.NaN;
        }
        Map<String, Integer> counts = new HashMap<>();
        for (int r = 0; r < train.rows(); r++) {
            counts.merge(key(train, r, index), 1, Integer::sum);
        }
        double sum = 0;
        for (int i = 0; i < truth.rows(); i++) {
            sum += counts.getOrDefault(key(truth, i, index), 0);
        }
        return sum / train.rows() / truth.rows();
    }

    /** The exact values of the indexed columns of one row, as a text key (every NaN alike). */
    private static String key(EncodedTable t, int row, int[] index) {
        StringBuilder b = new StringBuilder();
        for (int c : index) {
            if (t.isNumeric(c)) {
                double v = t.numbers(c)[row];
                b.append(Double.isNaN(v) ? "NaN" : Double.toString(v == 0 ? 0 : v));
            } else {
                b.append(t.codes(c)[row]);
            }
            b.append('\u0001');
        }
        return b.toString();
    }
}
