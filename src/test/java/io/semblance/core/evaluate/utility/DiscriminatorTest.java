// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.evaluate.utility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.semblance.core.evaluate.EncodedTable;
import io.semblance.core.job.Cancellation;
import io.semblance.core.job.ProgressListener;
import io.semblance.core.model.Dataset;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Real against real cannot be told apart; real against column-shuffled real can. Adult, 16,000 rows a side. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DiscriminatorTest {
    TestTables.Sample adult;
    int[] first;
    int[] second;

    @BeforeAll
    void load() {
        adult = TestTables.Sample.adult();
        int[] order = adult.shuffledRows(21);
        first = Arrays.copyOfRange(order, 0, 16_000);
        second = Arrays.copyOfRange(order, 16_000, 32_000);
    }

    @Test
    void anIndependentHalfOfTheSameTableIsIndistinguishable() {
        EncodedTable[] e = adult.encode(adult.data().selectRows(first), adult.data().selectRows(second));
        Discriminator.Result r = Discriminator.run(e[0], e[1], Discriminator.Settings.defaults(), 1,
                ProgressListener.NONE, Cancellation.NEVER);
        assertTrue(r.auc() < 0.6, "AUC " + r.auc());
        assertTrue(r.sPmse() < 3, "S_pMSE " + r.sPmse() + " (pMSE " + r.pmse() + ", null " + r.nullPmse() + ")");
        assertEquals(32_000, r.outOfFold().length);
        assertEquals(5, r.permutations());
    }

    @Test
    void shuffledColumnsAreEasyToTellApart() {
        Dataset shuffled = adult.shuffledColumns(second, 4);
        EncodedTable[] e = adult.encode(adult.data().selectRows(first), shuffled);
        Discriminator.Result r = Discriminator.run(e[0], e[1], Discriminator.Settings.defaults(), 1,
                ProgressListener.NONE, Cancellation.NEVER);
        assertTrue(r.auc() > 0.7, "AUC " + r.auc());
        assertTrue(r.sPmse() > 5, "S_pMSE " + r.sPmse());
    }

    @Test
    void stratifiedFoldsKeepTheLabelShares() {
        int[] labels = new int[103];
        Arrays.fill(labels, 0, 40, 1);
        int[] folds = Discriminator.stratifiedFolds(labels, 5, new SplittableRandom(2));
        for (int f = 0; f < 5; f++) {
            int ones = 0;
            int all = 0;
            for (int r = 0; r < labels.length; r++) {
                if (folds[r] == f) {
                    all++;
                    ones += labels[r];
                }
            }
            assertEquals(8, ones);
            assertTrue(all == 20 || all == 21, "fold size " + all);
        }
    }
}
