// SPDX-License-Identifier: Apache-2.0
package io.semblance.cli;

import java.util.Arrays;
import java.util.Locale;

/**
 * One benchmark target's measured times with its limit: the median and the fastest of the timed runs, and PASS when
 * the median is within the limit (MISS otherwise, or when a run failed).
 *
 * @param label   what was measured
 * @param seconds the timed runs, in seconds (warm-up runs not included)
 * @param limit   the target in seconds (the median must not exceed it), or NaN when there is none
 * @param target  the target as shown
 * @param note    said after the verdict (how the target was set, a measured size), or empty
 * @param failure why the runs could not be completed, or null
 */
record BenchResult(String label, double[] seconds, double limit, String target, String note, String failure) {

    /** A measurement that went through. */
    static BenchResult of(String label, double[] seconds, double limit, String note) {
        return new BenchResult(label, seconds.clone(), limit, target(limit), note, null);
    }

    /** A target that could not be measured. */
    static BenchResult failed(String label, double limit, String why) {
        return new BenchResult(label, new double[0], limit, target(limit), "", why);
    }

    private static String target(double limit) {
        return Double.isNaN(limit) ? "-" : "<= " + seconds(limit);
    }

    /** The middle timed run (the mean of the two middle ones for an even count); NaN without runs. */
    double median() {
        if (seconds.length == 0) {
            return Double.NaN;
        }
        double[] s = seconds.clone();
        Arrays.sort(s);
        int m = s.length / 2;
        return s.length % 2 == 1 ? s[m] : (s[m - 1] + s[m]) / 2;
    }

    /** The fastest timed run; NaN without runs. */
    double min() {
        return Arrays.stream(seconds).min().orElse(Double.NaN);
    }

    /** PASS, MISS, or "-" when there is no target. */
    String verdict() {
        if (Double.isNaN(limit)) {
            return "-";
        }
        return failure == null && median() <= limit ? "PASS" : "MISS";
    }

    /** One line of the results table. */
    String line(int labelWidth) {
        String tail = failure != null ? "failed: " + failure : note;
        return String.format(Locale.ROOT, "%-" + labelWidth + "s %9s %9s %12s  %-4s  %s", label,
                failure != null ? "-" : seconds(median()), failure != null ? "-" : seconds(min()), target, verdict(),
                tail).stripTrailing();
    }

    /** Seconds with three significant decimals for short times, fewer for long ones. */
    static String seconds(double s) {
        if (Double.isNaN(s)) {
            return "-";
        }
        return String.format(Locale.ROOT, s < 10 ? "%.3f s" : "%.1f s", s);
    }
}
