// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.evaluate;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Single-column fidelity metrics with SDMetrics' definitions. */
public final class ShapeMetrics {
    private ShapeMetrics() {
    }

    /** KSComplement in [0,1]: 1 − the two-sample Kolmogorov–Smirnov statistic; NaN values are dropped. */
    public static double ksComplement(double[] real, double[] synthetic) {
        double[] a = Arrays.stream(real).filter(v -> !Double.isNaN(v)).sorted().toArray();
        double[] b = Arrays.stream(synthetic).filter(v -> !Double.isNaN(v)).sorted().toArray();
        if (a.length == 0 || b.length == 0) {
            return a.length == b.length ? 1 : 0;
        }
        int i = 0;
        int j = 0;
        double d = 0;
        while (i < a.length && j < b.length) {
            double x = Math.min(a[i], b[j]);
            while (i < a.length && a[i] == x) {
                i++;
            }
            while (j < b.length && b[j] == x) {
                j++;
            }
            d = Math.max(d, Math.abs((double) i / a.length - (double) j / b.length));
        }
        return 1 - d;
    }

    /** TVComplement in [0,1]: 1 − half the L1 distance of category frequencies; null (missing) values are dropped. */
    public static double tvComplement(String[] real, String[] synthetic) {
        return tvComplement(frequencies(real), frequencies(synthetic));
    }

    /** 1 − half the L1 distance of two distributions given as value → share (a value one lacks has share 0). */
    static double tvComplement(Map<String, Double> p, Map<String, Double> q) {
        Set<String> all = new HashSet<>(p.keySet());
        all.addAll(q.keySet());
        double tv = 0;
        for (String c : all) {
            tv += Math.abs(p.getOrDefault(c, 0.0) - q.getOrDefault(c, 0.0));
        }
        return 1 - 0.5 * tv;
    }

    static Map<String, Double> frequencies(String[] values) {
        Map<String, Double> f = new HashMap<>();
        int n = 0;
        for (String v : values) {
            if (v != null) {
                f.merge(v, 1.0, Double::sum);
                n++;
            }
        }
        final int total = n;
        f.replaceAll((k, c) -> c / total);
        return f;
    }
}
