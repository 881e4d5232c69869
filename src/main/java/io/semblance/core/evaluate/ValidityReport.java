// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.evaluate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * SDMetrics' single-column validity and coverage metrics, per column: BoundaryAdherence or CategoryAdherence,
 * RangeCoverage or CategoryCoverage, and MissingValueSimilarity. All in [0,1], 1 = best.
 */
public record ValidityReport(List<ColumnValidity> columns) {

    /** One column's scores; {@code adherenceMetric} and {@code coverageMetric} name the metrics used. */
    public record ColumnValidity(String column, String adherenceMetric, double adherence, String coverageMetric,
                                 double coverage, double missingValueSimilarity) {
    }

    /** Computes the report; both tables must come from one {@link TableEncoder}. */
    public static ValidityReport compute(EncodedTable real, EncodedTable syn) {
        List<ColumnValidity> out = new ArrayList<>();
        for (int c = 0; c < real.columnCount(); c++) {
            String name = real.column(c).name();
            if (real.isNumeric(c)) {
                double[] r = real.numbers(c);
                double[] s = syn.numbers(c);
                out.add(new ColumnValidity(name, "BoundaryAdherence", boundaryAdherence(r, s), "RangeCoverage",
                        rangeCoverage(r, s), 1 - Math.abs(missingShare(r) - missingShare(s))));
            } else {
                int[] r = real.codes(c);
                int[] s = syn.codes(c);
                out.add(new ColumnValidity(name, "CategoryAdherence", categoryAdherence(r, s), "CategoryCoverage",
                        categoryCoverage(r, s), 1 - Math.abs(missingShare(r) - missingShare(s))));
            }
        }
        return new ValidityReport(out);
    }

    /** Share of non-missing synthetic values inside the real [min, max]; 1 when there are none. */
    public static double boundaryAdherence(double[] real, double[] syn) {
        double[] mm = minMax(real);
        long n = 0;
        long in = 0;
        for (double v : syn) {
            if (!Double.isNaN(v)) {
                n++;
                in += v >= mm[0] && v <= mm[1] ? 1 : 0;
            }
        }
        return n == 0 ? 1 : (double) in / n;
    }

    /** max(0, 1 − (max(0, (min_s − min_r)/r) + max(0, (max_r − max_s)/r))), r = max_r − min_r. */
    public static double rangeCoverage(double[] real, double[] syn) {
        double[] r = minMax(real);
        double[] s = minMax(syn);
        if (Double.isNaN(r[0]) || Double.isNaN(s[0])) {
            return Double.isNaN(r[0]) && Double.isNaN(s[0]) ? 1 : 0;
        }
        double range = r[1] - r[0];
        if (range == 0) {
            return s[0] <= r[0] && s[1] >= r[1] ? 1 : 0;
        }
        return Math.max(0, 1 - (Math.max(0, (s[0] - r[0]) / range) + Math.max(0, (r[1] - s[1]) / range)));
    }

    /** Share of synthetic values (missing counts as a category) that occur in the real column. */
    public static double categoryAdherence(int[] real, int[] syn) {
        Set<Integer> cats = new HashSet<>();
        for (int v : real) {
            cats.add(v);
        }
        long in = 0;
        for (int v : syn) {
            in += cats.contains(v) ? 1 : 0;
        }
        return syn.length == 0 ? 1 : (double) in / syn.length;
    }

    /** Share of the real (non-missing) categories that appear in the synthetic column. */
    public static double categoryCoverage(int[] real, int[] syn) {
        Set<Integer> r = new HashSet<>();
        for (int v : real) {
            if (v >= 0) {
                r.add(v);
            }
        }
        Set<Integer> s = new HashSet<>();
        for (int v : syn) {
            s.add(v);
        }
        if (r.isEmpty()) {
            return 1;
        }
        long hit = r.stream().filter(s::contains).count();
        return (double) hit / r.size();
    }

    static double missingShare(double[] v) {
        long m = 0;
        for (double x : v) {
            m += Double.isNaN(x) ? 1 : 0;
        }
        return v.length == 0 ? 0 : (double) m / v.length;
    }

    static double missingShare(int[] v) {
        long m = 0;
        for (int x : v) {
            m += x < 0 ? 1 : 0;
        }
        return v.length == 0 ? 0 : (double) m / v.length;
    }

    /** {min, max} of the non-missing values, or {NaN, NaN}. */
    static double[] minMax(double[] v) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double x : v) {
            if (!Double.isNaN(x)) {
                lo = Math.min(lo, x);
                hi = Math.max(hi, x);
            }
        }
        return lo > hi ? new double[]{Double.NaN, Double.NaN} : new double[]{lo, hi};
    }
}
