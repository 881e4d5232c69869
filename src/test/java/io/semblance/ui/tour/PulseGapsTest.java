// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui.tour;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PulseGapsTest {
    private static final long MS = 1_000_000;

    @Test
    void longestGapNinetyNinthPercentileAndFreezesOfPulsesSixteenMillisecondsApartButThree() {
        long[] times = new long[201];
        long t = 5 * MS;
        for (int i = 0; i < times.length; i++) {
            times[i] = t;
            t += i == 50 ? 250 * MS : i == 120 ? 101 * MS : i == 130 ? 120 * MS : 16 * MS;
        }
        PulseGaps g = PulseGaps.of(times, times.length);
        assertEquals(201, g.pulses());
        assertEquals(250, g.maxMs(), 1e-9);
        assertEquals(101, g.p99Ms(), 1e-9, "the 198th of 200 gaps from the shortest");
        assertEquals(3, g.over100());
        assertEquals((197 * 16 + 250 + 101 + 120) / 1000.0, g.seconds(), 1e-9);
        assertEquals("201 pulses in 3.6 s: longest gap 250 ms, p99 101 ms, 3 gaps over 100 ms", g.describe());
    }

    @Test
    void fewerThanTwoPulsesHaveNoGaps() {
        assertEquals(new PulseGaps(1, 0, 0, 0, 0), PulseGaps.of(new long[] {7}, 1));
    }
}
