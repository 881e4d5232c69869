// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.privacy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.semblance.core.evaluate.EncodedTable;
import io.semblance.core.evaluate.Level;
import io.semblance.core.evaluate.MetricResult;
import io.semblance.core.evaluate.Thresholds;
import io.semblance.core.job.Cancellation;
import io.semblance.core.job.ProgressListener;
import io.semblance.core.model.Dataset;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The holdout is usually much smaller than the training table (a 20% holdout gives four training rows for each
 * held-out one). Rows drawn from the same distribution as both must still score what equal tables would give, and
 * an overfit table must still be red.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UnequalSizesTest {
    private final Thresholds th = Thresholds.defaults();
    private EncodedTable train;
    private EncodedTable holdout;
    private EncodedTable unseen;
    private EncodedTable copies;

    @BeforeAll
    void split() {
        Dataset adult = Tables.adultShuffled(4);
        // 12,000 training rows, 3,000 holdout rows, 6,000 other real rows, and 6,000 copies of training rows
        EncodedTable[] e = Tables.encode(Tables.adultMeta(), Tables.slice(adult, 0, 12_000),
                Tables.slice(adult, 12_000, 15_000), Tables.slice(adult, 15_000, 21_000),
                adult.selectRows(IntStream.range(0, 6_000).map(i -> 2 * i).toArray()));
        train = e[0];
        holdout = e[1];
        unseen = e[2];
        copies = e[3];
    }

    private DistancePrivacyReport evaluate(EncodedTable synthetic, long seed) {
        return DistancePrivacy.evaluate(train, synthetic, holdout, th, seed, ProgressListener.NONE,
                Cancellation.NEVER);
    }

    @Test
    void unseenRealRowsScoreWhatTablesOfOneSizeWouldGive() {
        DistancePrivacyReport r = evaluate(unseen, 1);
        // counted as they are, four fifths of the rows lie closer to the four times larger training table
        assertEquals(0.8, r.share().chance(), 1e-12);
        assertEquals(0.8, r.share().measured(), 0.03);
        assertEquals(0.5, r.share().closerToTraining(), 0.05);
        assertEquals(Level.GREEN, r.share().share().level(), r.share().share().sentence());
        assertEquals(Level.GREEN, r.share().protection().level(), r.share().protection().sentence());
        assertTrue(r.share().share().sentence().startsWith("Allowing for 12,000 training rows against 3,000 holdout"
                + " rows, "), r.share().share().sentence());
        // twice as many candidates come closer to more training rows: a third rather than a fifth of them, by chance
        assertEquals(6_000.0 / 17_999, r.identifiability().synthetic(), 0.03);
        assertEquals(3_000.0 / 14_999, r.identifiability().measuredHoldout(), 0.03);
        assertEquals(r.identifiability().holdout(), r.identifiability().synthetic(), 0.03);
        assertEquals(Level.GREEN, r.identifiability().metric().level(), r.identifiability().metric().sentence());
        assertTrue(r.identifiability().metric().sentence().contains(", which allowing for 6,000 synthetic rows"
                + " against 3,000 holdout rows makes "), r.identifiability().metric().sentence());
        assertEquals(Level.GREEN, r.nndr().metric().level(), r.nndr().metric().sentence());
        assertTrue(r.nndr().metric().sentence().contains("compared with 3,000 training rows drawn at random to match"
                + " the holdout's size"), r.nndr().metric().sentence());
        for (MetricResult m : r.results()) {
            assertTrue(m.level() != Level.RED, m.key() + " " + m.value() + ": " + m.sentence());
        }
        assertEquals(List.of("The DCR share and DCR overfitting protection allow for 12,000 training rows against 3,000"
                        + " holdout rows: by chance alone 80.00% of synthetic rows would lie closer to a training row"
                        + " than to a holdout row, which counts as the ideal 50%.",
                "For NNDR and the exact-match comparison, 3,000 of the 12,000 training rows were drawn at random to"
                        + " match the holdout's size.",
                "Identifiability allows for 6,000 synthetic rows against 3,000 holdout rows: more rows come closer to"
                        + " more training rows by chance alone, so the holdout's share is scaled to the synthetic"
                        + " table's size."), r.notes());
    }

    @Test
    void copiesOfTrainingRowsAreStillRed() {
        DistancePrivacyReport r = evaluate(copies, 1);
        assertEquals(1.0, r.share().closerToTraining(), 0.01);
        for (MetricResult m : List.of(r.share().share(), r.share().protection(), r.exactMatch().metric(),
                r.nndr().metric(), r.identifiability().metric())) {
            assertEquals(Level.RED, m.level(), m.key() + " " + m.value() + ": " + m.sentence());
        }
        assertTrue(r.exactMatch().metric().sentence().endsWith("the synthesizer copies training rows."),
                r.exactMatch().metric().sentence());
        // a quarter of the copies are of the training rows drawn for the comparison, none of holdout rows
        assertEquals(0.25, r.exactMatch().comparedRate(), 0.03);
        assertTrue(r.exactMatch().holdoutRate() < 0.01, r.exactMatch().toString());
    }

    @Test
    void theSameSeedGivesTheSameNumbersAndAnotherSeedAnotherDraw() {
        DistancePrivacyReport a = evaluate(unseen, 7);
        DistancePrivacyReport b = evaluate(unseen, 7);
        DistancePrivacyReport c = evaluate(unseen, 8);
        assertEquals(a.results(), b.results());
        assertEquals(a.notes(), b.notes());
        assertArrayEquals(a.histogram().toHoldout(), b.histogram().toHoldout());
        // the DCR share and identifiability draw nothing; NNDR uses other training rows under another seed
        assertEquals(a.share(), c.share());
        assertEquals(a.identifiability(), c.identifiability());
        assertNotEquals(a.nndr().trainingQuantile(), c.nndr().trainingQuantile());
    }

    @Test
    void aHoldoutLargerThanTheTrainingTableIsTheOneDrawnDown() {
        DistancePrivacyReport r = DistancePrivacy.evaluate(holdout, unseen, train, th, 1, ProgressListener.NONE,
                Cancellation.NEVER);
        assertEquals(0.2, r.share().chance(), 1e-12);
        assertEquals(0.5, r.share().closerToTraining(), 0.05);
        assertEquals("For NNDR and the exact-match comparison, 3,000 of the 12,000 holdout rows were drawn at random"
                + " to match the training table's size.", r.notes().get(1));
        assertTrue(r.notes().get(2).startsWith("Identifiability allows for 6,000 synthetic rows against 12,000"
                + " holdout rows"), r.notes().get(2));
        assertEquals(r.identifiability().holdout(), r.identifiability().synthetic(), 0.03);
    }

    @Test
    void aDrawKeepsDistinctRowsInOrderAndDependsOnlyOnTheSeed() {
        SizeMatch m = SizeMatch.of("training", 1000, "holdout", 250, 3, 1);
        assertTrue(m.draws("training"));
        assertEquals(250, m.keep().length);
        assertTrue(IntStream.range(1, 250).allMatch(i -> m.keep()[i] > m.keep()[i - 1]), "ascending, distinct");
        assertTrue(m.keep()[0] >= 0 && m.keep()[249] < 1000);
        assertArrayEquals(m.keep(), SizeMatch.of("training", 1000, "holdout", 250, 3, 1).keep());
        assertFalse(Arrays.equals(m.keep(), SizeMatch.of("training", 1000, "holdout", 250, 4, 1).keep()));
        assertFalse(Arrays.equals(m.keep(), SizeMatch.of("training", 1000, "holdout", 250, 3, 2).keep()));
        SizeMatch even = SizeMatch.of("training", 250, "holdout", 250, 3, 1);
        assertTrue(!even.drawn() && even.phrase() == null && even.note("NNDR") == null);
        // a half split of an odd number of rows is not worth a draw; 2% more rows are
        assertTrue(!SizeMatch.of("training", 16_281, "holdout", 16_280, 3, 1).drawn());
        assertTrue(SizeMatch.of("training", 10_200, "holdout", 10_000, 3, 1).draws("training"));
    }
}
