// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.evaluate.utility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The scores on hand-made numbers. */
class ScoresTest {
    @Test
    void aucIsTheShareOfCorrectlyOrderedPairsWithTiesCountingHalf() {
        assertEquals(0.75, Scores.auc(new double[]{0.1, 0.4, 0.35, 0.8}, new int[]{0, 0, 1, 1}), 1e-12);
        // pairs (pos, neg): (0.6, 0.2) = 1, (0.6, 0.6) = 1/2, (0.9, 0.2) = 1, (0.9, 0.6) = 1 -> 3.5 / 4
        assertEquals(0.875, Scores.auc(new double[]{0.2, 0.6, 0.6, 0.9}, new int[]{0, 0, 1, 1}), 1e-12);
        assertEquals(0.5, Scores.auc(new double[]{0.5, 0.5, 0.5, 0.5}, new int[]{0, 1, 0, 1}), 1e-12);
        assertEquals(0.0, Scores.auc(new double[]{0.9, 0.1}, new int[]{0, 1}), 1e-12);
        assertTrue(Double.isNaN(Scores.auc(new double[]{0.3, 0.4}, new int[]{1, 1})));
    }

    @Test
    void pmseIsTheMeanSquaredDistanceFromTheSyntheticShare() {
        assertEquals(0.02, Scores.pmse(new double[]{0.5, 0.7}, 0.5), 1e-12);
        assertEquals((0.04 + 0.01 + 0.09) / 3, Scores.pmse(new double[]{0.2, 0.5, 0.1}, 0.4), 1e-12);
    }

    @Test
    void f1MacroF1AndAccuracy() {
        int[] truth = {1, 1, 0, 0, 1};
        int[] pred = {1, 0, 0, 1, 1};
        assertEquals(4.0 / 6, Scores.f1(truth, pred, 1), 1e-12);
        assertEquals(0.5, Scores.f1(truth, pred, 0), 1e-12);
        assertEquals((4.0 / 6 + 0.5) / 2, Scores.macroF1(truth, pred), 1e-12);
        assertEquals(0.6, Scores.accuracy(truth, pred), 1e-12);
        // class 2 is predicted but never true: it counts with F1 0, as in scikit-learn
        assertEquals((1 + 0.0 + 2.0 / 3) / 3, Scores.macroF1(new int[]{0, 1, 1}, new int[]{0, 1, 2}), 1e-12);
    }

    @Test
    void rSquaredAroundTheTruthsMean() {
        assertEquals(0.5, Scores.r2(new double[]{1, 2, 3}, new double[]{1, 2, 4}), 1e-12);
        assertEquals(1.0, Scores.r2(new double[]{1, 2, 3}, new double[]{1, 2, 3}), 1e-12);
        assertTrue(Double.isNaN(Scores.r2(new double[]{2, 2}, new double[]{1, 3})));
    }
}
