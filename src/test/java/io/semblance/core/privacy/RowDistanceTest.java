// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.semblance.core.evaluate.EncodedTable;
import io.semblance.core.model.Metadata;
import org.junit.jupiter.api.Test;

/** The row distance of METRICS.md on tables small enough to work out by hand. */
class RowDistanceTest {
    // Reference T: x numerical (range 20 - 0 = 20), c categorical, k constant (range 0), d dates (range 10 days).
    private final Metadata meta = Tables.meta("x:n", "c:c", "k:n", "d:%Y-%m-%d");
    private final EncodedTable[] t = Tables.encode(meta,
            Tables.rows("x,c,k,d",
                    "0,a,7,2024-01-01",
                    "10,b,7,2024-01-11",
                    ",a,,2024-01-06",
                    "20,,7,"),
            Tables.rows("x,c,k,d",
                    "30,a,8,2024-01-06",
                    "5,b,7,2023-12-01"));
    private final EncodedTable ref = t[0];
    private final EncodedTable query = t[1];
    private final RowDistance d = new RowDistance(ref);

    @Test
    void rangesComeFromTheReferenceTable() {
        assertEquals(20, d.range(0), 0);
        assertEquals(0, d.range(2), 0);
        assertEquals(10 * 86400, d.range(3), 0);
        assertEquals(Double.NaN, d.range(1));
    }

    @Test
    void perColumnDistancesAveraged() {
        // T0 vs T1: x |0-10|/20 = .5; c a/b 1; k 7/7 0; d 10 days / 10 days = 1 -> (0.5 + 1 + 0 + 1) / 4
        assertEquals(2.5 / 4, d.distance(ref, 0, ref, 1), 1e-12);
        // T0 vs T2: x one missing 1; c a/a 0; k one missing 1; d 5/10 = .5 -> 2.5 / 4
        assertEquals(2.5 / 4, d.distance(ref, 0, ref, 2), 1e-12);
        // T3 vs T3: c both missing 0, d both missing 0, the rest equal -> 0
        assertEquals(0, d.distance(ref, 3, ref, 3), 0);
        // T2 vs T2: x and k both missing -> 0
        assertEquals(0, d.distance(ref, 2, ref, 2), 0);
    }

    @Test
    void farValuesAreCappedAtOneAndZeroRangeIsEqualOrNot() {
        // S0 (30,a,8,Jan 6) vs T0 (0,a,7,Jan 1): x 30/20 capped 1; c 0; k range 0 and 8 != 7: 1; d .5 -> 2.5 / 4
        assertEquals(2.5 / 4, d.distance(query, 0, ref, 0), 1e-12);
        // S1 (5,b,7,Dec 1) vs T1 (10,b,7,Jan 11): x .25; c 0; k 7 = 7: 0; d 41 days / 10 capped 1 -> 1.25 / 4
        assertEquals(1.25 / 4, d.distance(query, 1, ref, 1), 1e-12);
        // S0 vs T3 (20,missing,7,missing): x .5; c one missing 1; k 1; d one missing 1 -> 3.5 / 4
        assertEquals(3.5 / 4, d.distance(query, 0, ref, 3), 1e-12);
    }

    @Test
    void kernelFormGivesTheSameDistances() {
        double[][] kq = d.kernel(query);
        double[][] kr = d.kernel(ref);
        for (int i = 0; i < query.rows(); i++) {
            for (int j = 0; j < ref.rows(); j++) {
                double sum = 0;
                for (int c = 0; c < kq.length; c++) {
                    sum += Math.min(Math.abs(kq[c][i] - kr[c][j]), 1.0);
                }
                assertEquals(d.distance(query, i, ref, j), sum / kq.length, 1e-12, i + " vs " + j);
            }
        }
    }

    @Test
    void categoricalAndZeroRangeColumnsAreSummedFirst() {
        int[] order = d.order();
        assertEquals(2, d.discreteLeading());
        assertEquals(java.util.Set.of(1, 2), java.util.Set.of(order[0], order[1]));
        assertThrows(IllegalArgumentException.class, () -> new RowDistance(ref, new int[]{0, 1, 1, 3}));
    }
}
