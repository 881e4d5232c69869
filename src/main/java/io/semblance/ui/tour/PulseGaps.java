// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui.tour;

import java.util.Arrays;

/**
 * How smoothly the JavaFX thread kept drawing over a stretch of time: the gaps between consecutive pulses. A gap far
 * above the frame interval (about 17 ms) means the FX thread was busy or starved and the window froze for that long.
 *
 * @param pulses   pulses seen
 * @param seconds  wall time covered, in seconds
 * @param maxMs    longest gap, in milliseconds (0 with fewer than two pulses)
 * @param p99Ms    99th percentile of the gaps (nearest rank), in milliseconds
 * @param over100  gaps longer than 100 ms
 */
public record PulseGaps(int pulses, double seconds, double maxMs, double p99Ms, int over100) {
    /** A gap this long (in milliseconds) is a freeze a user notices. */
    public static final double NOTICEABLE_MS = 100;

    /** The figures of pulse times in nanoseconds, in the order they came. */
    public static PulseGaps of(long[] pulseNanos, int count) {
        if (count < 2) {
            return new PulseGaps(count, 0, 0, 0, 0);
        }
        double[] gaps = new double[count - 1];
        int over = 0;
        for (int i = 1; i < count; i++) {
            gaps[i - 1] = (pulseNanos[i] - pulseNanos[i - 1]) / 1e6;
            if (gaps[i - 1] > NOTICEABLE_MS) {
                over++;
            }
        }
        Arrays.sort(gaps);
        int rank = (int) Math.ceil(0.99 * gaps.length) - 1;
        return new PulseGaps(count, (pulseNanos[count - 1] - pulseNanos[0]) / 1e9, gaps[gaps.length - 1],
                gaps[Math.max(0, rank)], over);
    }

    /** One line, e.g. "2,410 pulses in 41.2 s: longest gap 48 ms, p99 33 ms, 0 gaps over 100 ms". */
    public String describe() {
        return String.format(java.util.Locale.ROOT, "%,d pulses in %.1f s: longest gap %.0f ms, p99 %.0f ms,"
                + " %d %s over %.0f ms", pulses, seconds, maxMs, p99Ms, over100, over100 == 1 ? "gap" : "gaps",
                NOTICEABLE_MS);
    }
}
