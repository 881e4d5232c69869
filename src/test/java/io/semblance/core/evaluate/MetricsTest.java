// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The SDMetrics definitions, checked on cases small enough to work out by hand. */
class MetricsTest {
    @Test
    void ksComplementIsOneMinusTheLargestCdfGap() {
        assertEquals(1.0, ShapeMetrics.ksComplement(new double[]{1, 2, 3}, new double[]{3, 2, 1}), 1e-12);
        assertEquals(1 - 1.0 / 3, ShapeMetrics.ksComplement(new double[]{1, 2, 3}, new double[]{1, 2, 4}), 1e-12);
        assertEquals(0.0, ShapeMetrics.ksComplement(new double[]{1, 1}, new double[]{5, 6}), 1e-12);
        assertEquals(0.5, ShapeMetrics.ksComplement(new double[]{0, 0, Double.NaN, 1, 1}, new double[]{0, 0, 0, 0}), 1e-12);
    }

    @Test
    void tvComplementIsOneMinusHalfTheL1Distance() {
        String[] real = {"a", "a", "b", "b"};
        String[] syn = {"a", "a", "a", "c", null};
        // real a .5 b .5; syn a .75 c .25 -> L1 = .25 + .5 + .25 = 1
        assertEquals(0.5, ShapeMetrics.tvComplement(real, syn), 1e-12);
    }

    @Test
    void contingencyTreatsMissingAsACellAndCramersVIsOneForABijection() {
        String[] a = {"x", "y", null, "x"};
        String[] b = {"1", "2", "3", "1"};
        assertEquals(1.0, PairMetrics.contingencySimilarity(a, b, a, b), 1e-12);
        assertEquals(0.75, PairMetrics.contingencySimilarity(a, b, new String[]{"x", "y", "x", "x"}, b), 1e-12);
        assertEquals(1.0, PairMetrics.cramersV(a, b), 1e-12);
    }

    @Test
    void correlationSimilarityAndBinning() {
        assertEquals(0.75, PairMetrics.correlationSimilarity(0.5, 0.0), 1e-12);
        // edges 0,1,...,10; digitize counts the edges at or below a value; the maximum and missing share bin 11
        assertEquals(java.util.List.of("1", "5", "5", "10", "11", "11"),
                java.util.Arrays.asList(PairMetrics.bin(new double[]{0, 4, 4.5, 9.99, 10, Double.NaN})));
        // a constant column is widened to [c - 0.5, c + 0.5]: c sits on the middle edge
        assertEquals(java.util.List.of("6", "6"), java.util.Arrays.asList(PairMetrics.bin(new double[]{3, 3})));
    }

    @Test
    void validityAndCoveragePieces() {
        double n = Double.NaN;
        assertEquals(0.5, ValidityReport.boundaryAdherence(new double[]{1, 5}, new double[]{3, 6, n}), 1e-12);
        // codes: a=0, missing=-1, z=2
        assertEquals(2.0 / 3, ValidityReport.categoryAdherence(new int[]{0, -1}, new int[]{0, -1, 2}), 1e-12);
        assertEquals(0.5, DiagnosticReport.keyUniqueness(new String[]{"1", "1", null, "2"}), 1e-12);
        // real [0, 10], synthetic [2, 9]: 1 - (0.2 + 0.1) = 0.7
        assertEquals(0.7, ValidityReport.rangeCoverage(new double[]{0, 10, n}, new double[]{2, 9}), 1e-12);
        assertEquals(0.0, ValidityReport.rangeCoverage(new double[]{0, 10}, new double[]{20, 30}), 1e-12);
        // real categories {0, 1, 2}, synthetic shows 0 and 2 -> 2/3
        assertEquals(2.0 / 3, ValidityReport.categoryCoverage(new int[]{0, 1, 2, -1}, new int[]{0, 2, 2}), 1e-12);
    }
}
