// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.privacy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.semblance.core.evaluate.EncodedTable;
import io.semblance.core.evaluate.Level;
import io.semblance.core.evaluate.MetricResult;
import io.semblance.core.evaluate.Thresholds;
import io.semblance.core.job.Cancellation;
import io.semblance.core.job.CancelledException;
import io.semblance.core.job.ProgressListener;
import io.semblance.core.model.Metadata;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The whole evaluation on a table worked out by hand, and the metrics' verdicts on the extremes. */
class DistancePrivacyTest {
    private final Thresholds th = Thresholds.defaults();

    // x numerical, c categorical; x ranges over 16 in both training and holdout rows, so the row distance is
    // (min(|dx| / 16, 1) + [c differs]) / 2.
    private final EncodedTable[] t = Tables.encode(Tables.meta("x:n", "c:c"),
            Tables.rows("x,c", "0,a", "8,a", "8,b", "16,b"),        // T0..T3
            Tables.rows("x,c", "0,a", "8,b", "12,a", "24,b"),       // S0 = T0 = H0, S1 = T2
            Tables.rows("x,c", "0,a", "4,b", "16,a", "16,b"));      // H0..H3

    @Test
    void everyMetricOnATinyTable() {
        DistancePrivacyReport r = DistancePrivacy.evaluate(t[0], t[1], t[2], th, 7, ProgressListener.NONE,
                Cancellation.NEVER);
        // copies: S0 and S1 in T (2 of 4); only S0 in H (1 of 4)
        assertEquals(0.5, r.exactMatch().trainingRate(), 0);
        assertEquals(0.25, r.exactMatch().holdoutRate(), 0);
        // new rows: S2 (12,a) vs T a-rows 0 and 8: |12 - 8| = 4 > 0.12; S3 (24,b) vs 8, 16: 8 > 0.24 -> 2 of 4
        assertEquals(0.5, r.newRows().share(), 0);
        // DCR to T (d1, d2): S0 (0, .25), S1 (0, .25), S2 (.125 to T1, .375 to T0), S3 (.25 to T3, .5 to T2)
        // DCR to H: S0 (0, .5), S1 (.125 to H1, .25 to H3), S2 (.125 to H2, .375 to H0), S3 (.25 to H3, .5 to H1)
        // baseline: median DCR(S, T) = (0 + .125) / 2 = .0625
        assertEquals(0.0625, r.baseline().syntheticMedian(), 1e-12);
        assertTrue(r.baseline().randomMedian() > 0);
        assertEquals(Math.min(1, 0.0625 / r.baseline().randomMedian()), r.baseline().score(), 1e-12);
        // share: S0 tie .5, S1 0 < .125 -> 1, S2 tie .5, S3 tie .5 -> p = 2.5 / 4; protection 2 * .375
        assertEquals(0.625, r.share().closerToTraining(), 0);
        assertEquals(0.75, r.share().overfittingProtection(), 0);
        // NNDR to T: 1e-8 / (.25 + 1e-8) twice, 1/3, 1/2 -> 1% quantile lies between the two equal smallest
        assertEquals(1e-8 / (0.25 + 1e-8), r.nndr().trainingQuantile(), 1e-15);
        // NNDR to H: 1e-8 / (.5 + 1e-8), (.125 + 1e-8) / (.375 + 1e-8), ~.5, ~.5 -> pos .03 between the first two
        double h0 = 1e-8 / (0.5 + 1e-8);
        double h1 = (0.125 + 1e-8) / (0.375 + 1e-8);
        assertEquals(h0 + 0.03 * (h1 - h0), r.nndr().holdoutQuantile(), 1e-12);
        // identifiability, training ranges throughout: nearest other T row is .25 for every T row;
        // nearest S: T0 0, T1 .125 (S2), T2 0, T3 .25 (tie) -> 3 of 4; nearest H: T0 0, T1 .25 (tie), T2 .125 (H1),
        // T3 0 -> 3 of 4
        assertEquals(0.75, r.identifiability().synthetic(), 0);
        assertEquals(0.75, r.identifiability().holdout(), 0);
        // histogram: largest DCR .25, 20 bins of .0125: 0 -> bin 0, .125 -> bin 10, .25 -> last bin
        long[] toT = new long[20];
        toT[0] = 2;
        toT[10] = 1;
        toT[19] = 1;
        long[] toH = new long[20];
        toH[0] = 1;
        toH[10] = 2;
        toH[19] = 1;
        assertArrayEquals(toT, r.histogram().toTraining());
        assertArrayEquals(toH, r.histogram().toHoldout());
        assertEquals(0.25, r.histogram().edges()[20], 1e-15);
        assertEquals(7, r.results().size());
    }

    @Test
    void withoutAHoldoutTheHoldoutMetricsAreNaNAndSaySo() {
        DistancePrivacyReport r = DistancePrivacy.evaluate(t[0], t[1], null, th, 7, ProgressListener.NONE,
                Cancellation.NEVER);
        assertEquals(Double.NaN, r.share().closerToTraining());
        assertTrue(r.share().protection().sentence().contains("holdout"));
        assertEquals(Double.NaN, r.nndr().holdoutQuantile());
        assertEquals(Double.NaN, r.identifiability().holdout());
        assertEquals(0.75, r.identifiability().synthetic(), 0);
        assertEquals(null, r.histogram().toHoldout());
        for (MetricResult m : r.results()) {
            assertTrue(!m.sentence().isBlank() && m.sentence().endsWith("."), m.sentence());
        }
    }

    @Test
    void randomBaselineRowsFollowTheRealColumns() {
        Metadata meta = Tables.meta("n:i", "x:n", "c:c");
        List<String> rows = new ArrayList<>();
        Random rnd = new Random(3);
        for (int i = 0; i < 1000; i++) {
            rows.add((i % 5 == 0 ? "" : String.valueOf(3 + rnd.nextInt(8))) + "," + rnd.nextGaussian() + ","
                    + (i % 4 == 0 ? "" : i % 3 == 0 ? "p" : "q"));
        }
        EncodedTable real = Tables.encode(meta, Tables.rows("n,x,c", rows.toArray(String[]::new)))[0];
        RandomBaseline.Columns r = RandomBaseline.generate(real, 20000, 11);
        int missingN = 0;
        int missingC = 0;
        boolean[] seen = new boolean[11];
        for (int i = 0; i < 20000; i++) {
            double n = r.numbers()[0][i];
            if (Double.isNaN(n)) {
                missingN++;
            } else {
                assertEquals(Math.rint(n), n, 0, "integer column stays integer");
                assertTrue(n >= 3 && n <= 10, "within [min, max]: " + n);
                seen[(int) n] = true;
            }
            int c = r.codes()[2][i];
            missingC += c < 0 ? 1 : 0;
        }
        assertEquals(0.2, missingN / 20000.0, 0.015);
        assertEquals(0.25, missingC / 20000.0, 0.015);
        for (int v = 3; v <= 10; v++) {
            assertTrue(seen[v], "uniform over the whole range, both ends included: " + v);
        }
        assertArrayEquals(r.numbers()[1], RandomBaseline.generate(real, 20000, 11).numbers()[1], 0);
    }

    @Test
    void newRowSynthesisEqualsTheDefinitionPairByPair() {
        Random rnd = new Random(9);
        List<String> real = new ArrayList<>();
        List<String> syn = new ArrayList<>();
        for (int i = 0; i < 1500; i++) {
            real.add(row(rnd));
            syn.add(i % 3 == 0 ? real.get(rnd.nextInt(real.size())) : row(rnd));
        }
        EncodedTable[] e = Tables.encode(Tables.meta("x:n", "y:n", "c:c"),
                Tables.rows("x,y,c", real.toArray(String[]::new)), Tables.rows("x,y,c", syn.toArray(String[]::new)));
        long fresh = 0;
        for (int j = 0; j < e[1].rows(); j++) {
            boolean matched = false;
            for (int i = 0; i < e[0].rows() && !matched; i++) {
                matched = NewRowSynthesis.matches(e[0], i, e[1], j);
            }
            fresh += matched ? 0 : 1;
        }
        assertEquals(fresh, NewRowSynthesis.evaluate(e[0], e[1], th).newRows());
    }

    private static String row(Random rnd) {
        String x = rnd.nextInt(10) == 0 ? "" : String.valueOf(rnd.nextInt(40) - 20 + rnd.nextInt(100) / 100.0);
        String y = rnd.nextInt(10) == 0 ? "" : String.valueOf(rnd.nextInt(3));
        return x + "," + y + "," + (rnd.nextInt(8) == 0 ? "" : "k" + rnd.nextInt(2));
    }

    @Test
    void trainingRowsPassedAsSyntheticAreRed() {
        var adult = Tables.adultShuffled(1);
        var train = Tables.slice(adult, 0, 3000);
        var hold = Tables.slice(adult, 3000, 6000);
        EncodedTable[] e = Tables.encode(Tables.adultMeta(), train, train, hold);
        DistancePrivacyReport r = DistancePrivacy.evaluate(e[0], e[1], e[2], th, 1, ProgressListener.NONE,
                Cancellation.NEVER);
        assertEquals(1.0, r.exactMatch().trainingRate(), 0);
        assertEquals(Level.RED, r.exactMatch().metric().level());
        assertEquals(Level.RED, r.newRows().metric().level());
        assertEquals(Level.RED, r.baseline().metric().level());
        assertEquals(Level.RED, r.share().share().level());
        assertEquals(Level.RED, r.share().protection().level());
        assertTrue(r.exactMatch().metric().sentence().startsWith("3,000 of 3,000 synthetic rows (100.00%) copy"),
                r.exactMatch().metric().sentence());
    }

    /**
     * Real rows the synthesizer never saw are what an ideal synthesizer would produce. They copy nothing and overfit
     * nothing. On the singling-out metrics they score what the holdout scores: identifiability is about
     * |S| / (|S| + |T| - 1) = 0.5 by symmetry, and the low NNDR quantile and baseline protection are low on adult
     * whatever produced the rows. Their verdicts therefore compare with what the holdout gives, and unseen real rows
     * must not be red on any metric.
     */
    @Test
    void unseenRowsFromTheSameDistributionAreNeverRed() {
        var adult = Tables.adultShuffled(2);
        EncodedTable[] e = Tables.encode(Tables.adultMeta(), Tables.slice(adult, 0, 3000),
                Tables.slice(adult, 3000, 6000), Tables.slice(adult, 6000, 9000));
        DistancePrivacyReport r = DistancePrivacy.evaluate(e[0], e[1], e[2], th, 1, ProgressListener.NONE,
                Cancellation.NEVER);
        for (MetricResult m : r.results()) {
            assertTrue(m.level() != Level.RED, m.key() + " " + m.value() + ": " + m.sentence());
        }
        assertEquals(r.identifiability().holdout(), r.identifiability().synthetic(), 0.04);
        assertEquals(0.5, r.identifiability().synthetic(), 0.05);
        assertTrue(r.nndr().trainingQuantile() >= 0.8 * r.nndr().holdoutQuantile(), r.nndr().toString());
        assertTrue(r.identifiability().metric().sentence().contains("no more than new real data would give"),
                r.identifiability().metric().sentence());
    }

    @Test
    void degenerateTablesGiveNaNWithASentence() {
        Metadata meta = Tables.meta("x:n", "c:c");
        EncodedTable[] e = Tables.encode(meta, Tables.rows("x,c", "1,a"), Tables.rows("x,c"), Tables.rows("x,c"));
        // one training row, no synthetic rows, an empty holdout (treated as none)
        DistancePrivacyReport r = DistancePrivacy.evaluate(e[0], e[1], e[2], th, 1, ProgressListener.NONE,
                Cancellation.NEVER);
        for (MetricResult m : r.results()) {
            assertEquals(Double.NaN, m.value(), m.key());
            assertEquals(Level.AMBER, m.level());
            assertTrue(m.sentence().endsWith("."), m.sentence());
        }
        // no column the evaluation compares (an identifier only)
        Metadata ids = new Metadata(List.of(io.semblance.core.model.ColumnMeta.of("id",
                io.semblance.core.model.SdType.ID)), "id");
        EncodedTable[] none = Tables.encode(ids, Tables.rows("id", "1", "2"), Tables.rows("id", "3"));
        DistancePrivacyReport empty = DistancePrivacy.evaluate(none[0], none[1], null, th, 1, ProgressListener.NONE,
                Cancellation.NEVER);
        assertTrue(empty.results().stream().allMatch(m -> Double.isNaN(m.value())
                && m.sentence().startsWith("There are no numerical")));
    }

    @Test
    void infiniteValuesAndEmptyColumnsStayWithinZeroAndOne() {
        Metadata meta = Tables.meta("x:n", "y:n", "c:c");
        EncodedTable[] e = Tables.encode(meta,
                Tables.rows("x,y,c", "1,,a", "1e999,,b", "3,,a", "-1e999,,"),
                Tables.rows("x,y,c", "1e999,2,a", "2,,b", ",,"));
        RowDistance d = new RowDistance(e[0]);
        assertEquals(2, d.range(0), 0); // finite values 1 and 3
        assertEquals(0, d.range(1), 0); // no values at all
        double[][] brute = NearestNeighborsTest.bruteForce(e[1], e[0], d, false);
        NearestNeighbors.Result fast = new NearestNeighbors(2).search(e[1], e[0], d, true, false,
                ProgressListener.NONE, Cancellation.NEVER);
        // S0 (inf, 2, a) vs T1 (inf, missing, b): 0 + 1 + 1 -> 2/3; vs T0 (1, missing, a): 1 + 1 + 0 -> 2/3
        assertEquals(2.0 / 3, brute[0][0], 1e-12);
        assertArrayEquals(brute[0], fast.nearest(), 1e-12);
        assertArrayEquals(brute[1], fast.second(), 1e-12);
    }

    @Test
    void cancellationStopsTheEvaluation() {
        Cancellation cancel = new Cancellation();
        cancel.cancel();
        assertThrows(CancelledException.class, () -> DistancePrivacy.evaluate(t[0], t[1], t[2], th, 7,
                ProgressListener.NONE, cancel));
    }
}
