// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.synth.copula;

import io.semblance.core.model.DatetimeFormat;
import io.semblance.core.io.ByteOut;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A numerical (or datetime, as epoch seconds) marginal: a point mass for missing values, point masses for
 * values that recur often (such as the zeros of a zero-inflated column), and for the rest a piecewise-linear
 * quantile function through at most {@value #MAX_KNOTS} knots. Draws stay within the real range; integers
 * stay integers and decimals keep the real number of decimal places (for datetimes with fractional seconds,
 * {@code scale} is the real number of fraction digits).
 */
final class NumericMarginal implements Marginal {
    static final int MAX_KNOTS = 1001;
    static final int MIN_ATOM_COUNT = 5;
    static final double MIN_ATOM_SHARE = 0.002;

    final double missingShare;
    final double[] cum;
    final double[] x0;
    final double[] x1;
    final boolean integer;
    final int scale;
    final DatetimeFormat datetime;
    final double min;
    final double max;
    private final Cumulative search;

    NumericMarginal(double missingShare, double[] cum, double[] x0, double[] x1, boolean integer, int scale,
                    DatetimeFormat datetime) {
        this.missingShare = missingShare;
        this.cum = cum;
        this.x0 = x0;
        this.x1 = x1;
        this.integer = integer;
        this.scale = scale;
        this.datetime = datetime;
        this.min = x0.length == 0 ? Double.NaN : x0[0];
        this.max = x1.length == 0 ? Double.NaN : x1[x1.length - 1];
        this.search = new Cumulative(cum);
    }

    /** Fits the marginal to values (NaN = missing). */
    static NumericMarginal fit(double[] values, boolean integer, int scale, DatetimeFormat datetime) {
        double[] v = Arrays.stream(values).filter(d -> !Double.isNaN(d)).sorted().toArray();
        int n = values.length;
        double missing = n == 0 ? 0 : (double) (n - v.length) / n;
        List<double[]> segs = new ArrayList<>();
        if (v.length > 0) {
            int atomMin = Math.max(MIN_ATOM_COUNT, (int) Math.ceil(MIN_ATOM_SHARE * v.length));
            List<double[]> atoms = new ArrayList<>();
            double[] rest = new double[v.length];
            int r = 0;
            for (int i = 0; i < v.length; ) {
                int j = i;
                while (j < v.length && v[j] == v[i]) {
                    j++;
                }
                if (j - i >= atomMin) {
                    atoms.add(new double[]{v[i], (double) (j - i) / n});
                } else {
                    System.arraycopy(v, i, rest, r, j - i);
                    r += j - i;
                }
                i = j;
            }
            rest = Arrays.copyOf(rest, r);
            if (rest.length == 1 || (rest.length > 1 && rest[0] == rest[rest.length - 1])) {
                atoms.add(new double[]{rest[0], (double) rest.length / n});
                atoms.sort((a, b) -> Double.compare(a[0], b[0]));
                rest = new double[0];
            }
            merge(segs, knots(rest), (double) rest.length / n, atoms);
        }
        double[] cum = new double[segs.size()];
        double[] x0 = new double[segs.size()];
        double[] x1 = new double[segs.size()];
        double p = missing;
        for (int i = 0; i < segs.size(); i++) {
            cum[i] = p;
            x0[i] = segs.get(i)[0];
            x1[i] = segs.get(i)[1];
            p += segs.get(i)[2];
        }
        return new NumericMarginal(missing, cum, x0, x1, integer, scale, datetime);
    }

    /** Type-7 quantiles of sorted values at evenly spaced probabilities. */
    static double[] knots(double[] sorted) {
        if (sorted.length < 2) {
            return new double[0];
        }
        int k = Math.min(sorted.length, MAX_KNOTS);
        double[] q = new double[k];
        for (int j = 0; j < k; j++) {
            double h = (sorted.length - 1) * (double) j / (k - 1);
            int lo = (int) Math.floor(h);
            int hi = Math.min(lo + 1, sorted.length - 1);
            q[j] = io.semblance.core.profile.Numbers.between(sorted[lo], sorted[hi], h - lo);
        }
        return q;
    }

    /** Lays atoms (value, mass) and the continuous pieces between knots into one ordered list of (x0, x1, mass). */
    private static void merge(List<double[]> segs, double[] q, double restMass, List<double[]> atoms) {
        int a = 0;
        double w = q.length > 1 ? restMass / (q.length - 1) : 0;
        for (int j = 0; j + 1 < q.length; j++) {
            double lo = q[j];
            double hi = q[j + 1];
            double mass = w;
            while (a < atoms.size() && atoms.get(a)[0] <= hi) {
                double at = atoms.get(a)[0];
                if (at > lo && hi > lo) {
                    double part = w * (at - lo) / (hi - lo);
                    add(segs, lo, at, part);
                    mass -= part;
                    lo = at;
                }
                add(segs, at, at, atoms.get(a)[1]);
                a++;
            }
            add(segs, lo, hi, mass);
        }
        for (; a < atoms.size(); a++) {
            add(segs, atoms.get(a)[0], atoms.get(a)[0], atoms.get(a)[1]);
        }
        segs.sort((s, t) -> s[0] != t[0] ? Double.compare(s[0], t[0]) : Double.compare(s[1], t[1]));
    }

    private static void add(List<double[]> segs, double x0, double x1, double mass) {
        if (mass > 1e-15) {
            segs.add(new double[]{x0, x1, mass});
        }
    }

    @Override
    public double code(double u) {
        if (u < missingShare || cum.length == 0) {
            return Double.NaN;
        }
        int lo = search.floor(u);
        double x;
        if (x0[lo] == x1[lo]) {
            x = x0[lo];
        } else {
            double end = lo + 1 < cum.length ? cum[lo + 1] : 1.0;
            double t = (u - cum[lo]) / (end - cum[lo]);
            x = io.semblance.core.profile.Numbers.between(x0[lo], x1[lo], Math.min(1, Math.max(0, t)));
        }
        return round(x);
    }

    private double round(double x) {
        double r;
        if (datetime != null) {
            double unit = !datetime.hasTime() ? 86400 : datetime.hasFraction() ? Math.pow(10, -scale) : 1;
            r = Math.rint(x / unit) * unit;
        } else if (integer) {
            r = Math.rint(x);
        } else {
            r = x;
        }
        return Math.max(min, Math.min(max, r));
    }

    @Override
    public void write(double code, ByteOut out) {
        if (Double.isNaN(code)) {
            return;
        }
        if (datetime != null) {
            out.write(datetime.format(code, scale).getBytes(StandardCharsets.UTF_8));
        } else if (integer) {
            out.writeWhole(code);
        } else {
            out.writeDecimal(code, scale);
        }
    }

    /**
     * The interval of (0,1) a value x (NaN = missing) occupies: the missing mass, an atom's mass, or one point of a
     * continuous piece; values outside the fitted range sit at its ends.
     */
    double[] interval(double x) {
        if (Double.isNaN(x)) {
            return new double[]{0, missingShare};
        }
        int i = -1;
        int lo = 0;
        int hi = x0.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (x0[mid] <= x) {
                i = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        double from = Double.POSITIVE_INFINITY;
        double to = Double.NEGATIVE_INFINITY;
        for (int k = i; k >= 0 && x1[k] >= x; k--) {
            double end = k + 1 < cum.length ? cum[k + 1] : 1.0;
            double a = x0[k] == x1[k] ? cum[k] : cum[k] + (x - x0[k]) / (x1[k] - x0[k]) * (end - cum[k]);
            double b = x0[k] == x1[k] ? end : a;
            from = Math.min(from, a);
            to = Math.max(to, b);
        }
        if (from > to) {
            double u = i < 0 ? missingShare : i + 1 < cum.length ? cum[i + 1] : 1.0;
            return new double[]{u, u};
        }
        return new double[]{from, to};
    }
}
