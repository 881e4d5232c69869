// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.privacy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.semblance.core.evaluate.EncodedTable;
import io.semblance.core.evaluate.Level;
import io.semblance.core.evaluate.Thresholds;
import io.semblance.core.model.Metadata;
import org.junit.jupiter.api.Test;

/** Each metric on inputs small enough to work out by hand. */
class MetricsTest {
    private final Thresholds th = Thresholds.defaults();

    @Test
    void exactMatchesCompareEncodedValuesAndMissingEqualsMissing() {
        Metadata meta = Tables.meta("x:n", "c:c");
        EncodedTable[] t = Tables.encode(meta,
                Tables.rows("x,c", "1,a", "2,b", ",a", "3,"),
                Tables.rows("x,c", "1.0,a", ",a", "3,", "2,a", "4,b"),
                Tables.rows("x,c", "2,a", "5,b"));
        // S0 = T0 (1.0 reads as 1), S1 = T2 (missing = missing), S2 = T3; S3 and S4 are new -> 3 of 5
        // against H only S3 (2,a) -> 1 of 5
        ExactMatches.Result r = ExactMatches.evaluate(t[0], t[1], t[2], th);
        assertEquals(3, r.toTraining());
        assertEquals(0.6, r.trainingRate(), 1e-12);
        assertEquals(1, r.toHoldout());
        assertEquals(0.2, r.holdoutRate(), 1e-12);
        assertEquals(Level.RED, r.metric().level());
        assertEquals("3 of 5 synthetic rows (60.00%) copy a training row exactly; against unseen rows the rate is"
                + " 20.00%: the synthesizer copies training rows.", r.metric().sentence());
        ExactMatches.Result none = ExactMatches.evaluate(t[2], t[0], null, th);
        // T0..T3 against H: (2,b) differs from (2,a); nothing matches
        assertEquals(0, none.toTraining());
        assertEquals(-1, none.toHoldout());
        assertEquals(Level.GREEN, none.metric().level());
    }

    @Test
    void newRowSynthesisNeedsEqualCategoriesAndNumbersWithinOnePercentOfTheSyntheticValue() {
        Metadata meta = Tables.meta("x:n", "c:c");
        EncodedTable[] t = Tables.encode(meta,
                Tables.rows("x,c", "100,a", "200,b", ",a", "0,c"),
                Tables.rows("x,c",
                        "100.9,a",   // |100 - 100.9| = 0.9 <= 1.009: matches T0
                        "99,a",      // |100 - 99| = 1 > 0.99: new
                        "101.01,a",  // |100 - 101.01| = 1.01 <= 1.0101: matches T0 (tolerance from the synthetic value)
                        ",a",        // missing matches missing: T2
                        "200,a",     // category a has no 200: new
                        "0,c",       // 0 within 0: matches T3
                        "1,c"));     // |0 - 1| = 1 > 0.01: new
        NewRowSynthesis.Result r = NewRowSynthesis.evaluate(t[0], t[1], th);
        assertEquals(3, r.newRows());
        assertEquals(3.0 / 7, r.share(), 1e-12);
        assertEquals(Level.RED, r.metric().level());
        assertTrue(r.metric().sentence().startsWith("3 of 7 synthetic rows (42.86%) are new"), r.metric().sentence());
    }

    @Test
    void baselineProtectionIsTheRatioOfMedians() {
        // medians: synthetic (0.2 + 0.3) / 2 = 0.25, random 0.5 -> 0.5; no holdout: absolute, green from 0.05
        DcrMetrics.Baseline b = DcrMetrics.baselineProtection(new double[]{0.4, 0.1, 0.3, 0.2},
                new double[]{0.5, 1.0, 0.5}, null, th);
        assertEquals(0.25, b.syntheticMedian(), 1e-12);
        assertEquals(0.5, b.randomMedian(), 1e-12);
        assertEquals(0.5, b.score(), 1e-12);
        assertEquals(Level.GREEN, b.metric().level());
        // capped at 1; a random median of 0 says nothing
        assertEquals(1.0, DcrMetrics.baselineProtection(new double[]{0.9}, new double[]{0.3}, null, th).score(), 0);
        assertEquals(Double.NaN, DcrMetrics.baselineProtection(new double[]{0.1}, new double[]{0, 0, 1}, null, th).score());
    }

    @Test
    void baselineProtectionIsJudgedAgainstTheHoldoutsOwnScore() {
        // holdout median (0.2 + 0.4) / 2 = 0.3 -> its score 0.3 / 0.5 = 0.6; synthetic 0.25 / 0.5 = 0.5:
        // 0.5 / 0.6 = 0.83 >= 0.8 green
        double[] random = {0.5, 1.0, 0.5};
        double[] holdout = {0.2, 0.4};
        assertEquals(Level.GREEN, DcrMetrics.baselineProtection(new double[]{0.4, 0.1, 0.3, 0.2}, random, holdout, th)
                .metric().level());
        // synthetic median 0.1 -> score 0.2; 0.2 / 0.6 = 0.33 <= 0.5 red
        assertEquals(Level.RED, DcrMetrics.baselineProtection(new double[]{0.1, 0.1, 0.1}, random, holdout, th)
                .metric().level());
    }

    @Test
    void dcrShareCountsTiesHalf() {
        // row 0: 0.1 < 0.2 -> 1; row 1: tie -> 0.5; row 2: 0.3 > 0.1 -> 0; row 3: 0.4 < 0.5 -> 1; p = 2.5 / 4
        DcrMetrics.Share s = DcrMetrics.share(new double[]{0.1, 0.2, 0.3, 0.4}, new double[]{0.2, 0.2, 0.1, 0.5}, th);
        assertEquals(0.625, s.closerToTraining(), 1e-12);
        assertEquals(0.75, s.overfittingProtection(), 1e-12); // min(2 * (1 - 0.625), 1)
        assertEquals(Level.AMBER, s.share().level());
        assertEquals(Level.AMBER, s.protection().level());
        // all ties: p = 0.5, protection min(1, 1) = 1
        DcrMetrics.Share even = DcrMetrics.share(new double[]{0, 0.3}, new double[]{0, 0.3}, th);
        assertEquals(0.5, even.closerToTraining(), 0);
        assertEquals(1.0, even.overfittingProtection(), 0);
        DcrMetrics.Share none = DcrMetrics.share(new double[]{0.1}, null, th);
        assertEquals(Double.NaN, none.closerToTraining());
        assertEquals(Double.NaN, none.overfittingProtection());
        assertTrue(none.share().sentence().contains("holdout"));
        assertTrue(none.protection().sentence().contains("holdout"));
    }

    @Test
    void nndrAddsTheOffsetAndReportsALowQuantile() {
        // ratios: (0 + 1e-8) / (0 + 1e-8) = 1 and (0.1 + 1e-8) / (0.2 + 1e-8) ~ 0.5
        // 1% quantile of [0.5, 1]: 0.5 + 0.01 * (1 - 0.5) = 0.505; fewer than 10 rows: no 10th smallest
        NearestNeighbors.Result r = new NearestNeighbors.Result(new double[]{0, 0.1}, new double[]{0, 0.2});
        NeighbourMetrics.Nndr n = NeighbourMetrics.nndr(r, null, th);
        double half = (0.1 + 1e-8) / (0.2 + 1e-8);
        assertEquals(half + 0.01 * (1 - half), n.trainingQuantile(), 1e-15);
        assertEquals(Double.NaN, n.trainingTenth());
        assertEquals(Double.NaN, n.holdoutQuantile());
        assertEquals(Level.AMBER, n.metric().level()); // no holdout: cannot be judged
        double[] many = new double[20];
        for (int i = 0; i < 20; i++) {
            many[i] = (20 - i) / 20.0;
        }
        assertEquals(0.5, NeighbourMetrics.smallest(many, 10), 1e-12); // 0.05, 0.10, ..., 10th is 0.50
        assertEquals(0.05 + 0.19 * 0.05, NeighbourMetrics.quantile(many, 0.01), 1e-12); // pos 0.19
    }

    @Test
    void identifiabilityCountsStrictlyCloserRows() {
        // nearest other training row 0.2, 0.1, 0.3, 0.0; nearest synthetic 0.1 (closer), 0.1 (tie, not closer),
        // 0.5, 0.0 (tie) -> 1 of 4; nearest holdout 0.3, 0.05 (closer), 0.2 (closer), 0.1 -> 2 of 4
        NeighbourMetrics.Identifiability id = NeighbourMetrics.identifiability(new double[]{0.2, 0.1, 0.3, 0.0},
                new double[]{0.1, 0.1, 0.5, 0.0}, new double[]{0.3, 0.05, 0.2, 0.1}, 4, th);
        assertEquals(0.25, id.synthetic(), 0);
        assertEquals(0.5, id.holdout(), 0);
        // judged on the excess over the holdout's share: max(0, 0.25 - 0.5) = 0 -> green
        assertEquals(Level.GREEN, id.metric().level());
        assertTrue(id.metric().sentence().contains("no more than new real data would give"), id.metric().sentence());
        // without a holdout the reference is |S| / (|S| + |T| - 1) = 4 / 7 = 0.571; synthetic rows that are all
        // closer (share 1.0, excess 0.43) are red
        NeighbourMetrics.Identifiability all = NeighbourMetrics.identifiability(new double[]{0.2, 0.1, 0.3, 0.1},
                new double[]{0, 0, 0, 0}, null, 4, th);
        assertEquals(1.0, all.synthetic(), 0);
        assertEquals(Level.RED, all.metric().level());
    }

    @Test
    void histogramSharesItsBins() {
        // largest distance 1 -> edges 0, .25, .5, .75, 1; 1.0 falls in the last bin
        DcrHistogram h = DcrHistogram.of(new double[]{0, 0.5, 1.0, 0.25}, new double[]{0.1, 0.8}, 4);
        assertArrayEquals(new double[]{0, 0.25, 0.5, 0.75, 1}, h.edges(), 1e-12);
        assertArrayEquals(new long[]{1, 1, 1, 1}, h.toTraining());
        assertArrayEquals(new long[]{1, 0, 0, 1}, h.toHoldout());
        assertNull(DcrHistogram.of(new double[]{0}, null, 3).toHoldout());
    }
}
