// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.evaluate.utility;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.semblance.core.evaluate.EncodedTable;
import io.semblance.core.job.Cancellation;
import io.semblance.core.job.CancelledException;
import io.semblance.core.job.ProgressListener;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The forest on 4,000 adult rows: reproducible for a seed whatever the thread count, and sensible. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RandomForestTest {
    EncodedTable table;
    FeatureBins.Binned x;
    Labels income;
    int[] train;

    @BeforeAll
    void load() {
        TestTables.Sample adult = TestTables.Sample.adult();
        table = adult.encode(adult.data().selectRows(Arrays.copyOf(adult.shuffledRows(3), 4000)))[0];
        int target = table.indexOf("income");
        int[] features = java.util.stream.IntStream.range(0, table.columnCount()).filter(c -> c != target).toArray();
        x = FeatureBins.fit(features, FeatureBins.DEFAULT_MAX_BINS, table).bin(table);
        income = Labels.classes(table.codes(target), 2);
        train = TestTables.range(0, 3000);
    }

    private double[][] proba(long seed, int threads) {
        RandomForest.Params p = RandomForest.Params.defaults().withTrees(40).withThreads(threads);
        return RandomForest.fit(x, income, train, p, seed, Cancellation.NEVER, ProgressListener.NONE)
                .predictProba(x, Cancellation.NEVER);
    }

    @Test
    void sameSeedSamePredictionsOnOneOrFourThreads() {
        double[][] one = proba(5, 1);
        double[][] four = proba(5, 4);
        for (int r = 0; r < one.length; r++) {
            assertArrayEquals(one[r], four[r], 0, "row " + r);
        }
        double[][] other = proba(6, 4);
        assertFalse(Arrays.deepEquals(one, other), "another seed grows another forest");
    }

    @Test
    void probabilitiesSumToOneAndPredictHeldOutRowsWell() {
        double[][] p = proba(5, 0);
        int[] truth = Arrays.copyOfRange(income.classes(), 3000, 4000);
        int[] pred = new int[1000];
        for (int r = 0; r < p.length; r++) {
            assertEquals(1.0, p[r][0] + p[r][1], 1e-9);
        }
        for (int i = 0; i < 1000; i++) {
            pred[i] = p[3000 + i][1] > p[3000 + i][0] ? 1 : 0;
        }
        assertTrue(Scores.accuracy(truth, pred) > 0.8, "accuracy " + Scores.accuracy(truth, pred));
    }

    @Test
    void regressionForestLearnsADeterministicRelation() {
        // education-num is a function of education: a forest predicts it almost exactly on unseen rows
        int target = table.indexOf("education-num");
        int[] features = {table.indexOf("education")};
        FeatureBins.Binned ex = FeatureBins.fit(features, 64, table).bin(table);
        RandomForest f = RandomForest.fit(ex, Labels.values(table.numbers(target)), train,
                RandomForest.Params.defaults().withTrees(20), 1, Cancellation.NEVER, ProgressListener.NONE);
        double[] pred = f.predict(ex, Cancellation.NEVER);
        double r2 = Scores.r2(Arrays.copyOfRange(table.numbers(target), 3000, 4000), Arrays.copyOfRange(pred, 3000, 4000));
        assertTrue(r2 > 0.99, "R² " + r2);
    }

    @Test
    void reportsProgressAndStopsWhenCancelled() {
        java.util.List<String> messages = new java.util.concurrent.CopyOnWriteArrayList<>();
        RandomForest.fit(x, income, train, RandomForest.Params.defaults().withTrees(20), 1, Cancellation.NEVER,
                (f, m) -> messages.add(m));
        assertEquals(java.util.List.of("tree 10 of 20", "tree 20 of 20"), messages);
        Cancellation cancel = new Cancellation();
        cancel.cancel();
        assertThrows(CancelledException.class, () -> RandomForest.fit(x, income, train,
                RandomForest.Params.defaults(), 1, cancel, ProgressListener.NONE));
    }
}
