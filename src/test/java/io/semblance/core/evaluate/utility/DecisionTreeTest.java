// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.evaluate.utility;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.semblance.core.evaluate.EncodedTable;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** CART on tables small enough to work out every split by hand. */
class DecisionTreeTest {
    private static final DecisionTree.Params STUMP = new DecisionTree.Params(1, 1, 0);

    private static DecisionTree stump(EncodedTable t, int[] features, Labels y, DecisionTree.Params p) {
        FeatureBins bins = FeatureBins.fit(features, 64, t);
        return DecisionTree.fit(bins.bin(t), y, TestTables.range(0, t.rows()), p, new SplittableRandom(1));
    }

    @Test
    void giniByHand() {
        assertEquals(0.375, DecisionTree.gini(new double[]{3, 1}), 1e-12);
        assertEquals(0.75, DecisionTree.gini(new double[]{1, 1, 1, 1}), 1e-12);
        assertEquals(0.0, DecisionTree.gini(new double[]{5, 0}), 1e-12);
        assertEquals(4.0 / 9, DecisionTree.gini(new double[]{2, 1}), 1e-12);
    }

    @Test
    void singleNumericSplitIsTheOneWithTheLowestWeightedGini() {
        // x = 1..6, y = 0 0 0 1 1 0. Weighted child Gini after "x <= k":
        // k=1: 5/6*0.48 = 0.400; k=2: 4/6*0.5 = 0.333; k=3: 3/6*4/9 = 0.222; k=4: 4/6*0.375 + 2/6*0.5 = 0.417;
        // k=5: 5/6*0.48 = 0.400. The column c (a b a b a b) gives 0.444 whichever way. Best: x <= 3.
        EncodedTable t = TestTables.encode(new String[]{"x#", "c"},
                new String[][]{{"1", "2", "3", "4", "5", "6"}, {"a", "b", "a", "b", "a", "b"}})[0];
        DecisionTree tree = stump(t, new int[]{0, 1}, Labels.classes(new int[]{0, 0, 0, 1, 1, 0}, 2), STUMP);
        assertEquals(3, tree.nodeCount());
        assertEquals(0, tree.splitFeature(0));
        assertEquals(3.0, tree.threshold(0), 0);
        assertArrayEquals(new double[]{1, 0}, tree.leafValues(tree.leftChild(0)), 1e-12);
        assertArrayEquals(new double[]{1.0 / 3, 2.0 / 3}, tree.leafValues(tree.rightChild(0)), 1e-12);
        assertTrue(tree.isLeaf(1) && tree.isLeaf(2));
    }

    @Test
    void categoriesAreGroupedByTheirTargetMeanNotTheirCodeOrder() {
        // A and C always 0, B and D always 1: the best two-way split is {A, C} | {B, D}.
        EncodedTable t = TestTables.encode(new String[]{"k"},
                new String[][]{{"A", "B", "C", "D", "A", "B", "C", "D"}})[0];
        DecisionTree tree = stump(t, new int[]{0}, Labels.classes(new int[]{0, 1, 0, 1, 0, 1, 0, 1}, 2), STUMP);
        FeatureBins bins = tree.bins();
        boolean aLeft = tree.goesLeft(0, binOf(bins, t, "A"));
        assertEquals(aLeft, tree.goesLeft(0, binOf(bins, t, "C")));
        assertEquals(!aLeft, tree.goesLeft(0, binOf(bins, t, "B")));
        assertEquals(!aLeft, tree.goesLeft(0, binOf(bins, t, "D")));
        int zeroSide = aLeft ? tree.leftChild(0) : tree.rightChild(0);
        assertArrayEquals(new double[]{1, 0}, tree.leafValues(zeroSide), 1e-12);
    }

    private static int binOf(FeatureBins bins, EncodedTable t, String category) {
        return bins.bin(0, Double.NaN, t.column(0).categories().indexOf(category));
    }

    @Test
    void missingValuesGoToTheSideThatFitsThemBest() {
        // x = 1 2 3 4 NaN NaN, y = 0 0 1 1 1 1: "x <= 2, missing right" makes both children pure.
        EncodedTable t = TestTables.encode(new String[]{"x#"}, new String[][]{{"1", "2", "3", "4", null, null}})[0];
        DecisionTree tree = stump(t, new int[]{0}, Labels.classes(new int[]{0, 0, 1, 1, 1, 1}, 2), STUMP);
        assertEquals(2.0, tree.threshold(0), 0);
        assertFalse(tree.missingGoesLeft(0));
        assertArrayEquals(new double[]{0, 1}, tree.leafValues(tree.rightChild(0)), 1e-12);
        // x = 1 2 3 4 NaN NaN, y = 1 1 0 0 1 1: now missing values belong with the small values.
        tree = stump(t, new int[]{0}, Labels.classes(new int[]{1, 1, 0, 0, 1, 1}, 2), STUMP);
        assertEquals(2.0, tree.threshold(0), 0);
        assertTrue(tree.missingGoesLeft(0));
        assertArrayEquals(new double[]{0, 1}, tree.leafValues(tree.leftChild(0)), 1e-12);
    }

    @Test
    void regressionSplitsByVarianceAndLeavesHoldTheMean() {
        EncodedTable t = TestTables.encode(new String[]{"x#"}, new String[][]{{"1", "2", "3", "4", "5"}})[0];
        DecisionTree tree = stump(t, new int[]{0}, Labels.values(new double[]{1, 1, 5, 5, 6}), STUMP);
        assertEquals(2.0, tree.threshold(0), 0);
        assertArrayEquals(new double[]{1}, tree.leafValues(tree.leftChild(0)), 1e-12);
        assertArrayEquals(new double[]{16.0 / 3}, tree.leafValues(tree.rightChild(0)), 1e-12);
    }

    @Test
    void minimumLeafSizeAndPureNodesStopGrowth() {
        EncodedTable t = TestTables.encode(new String[]{"x#"}, new String[][]{{"1", "2", "3", "4", "5", "6"}})[0];
        Labels y = Labels.classes(new int[]{0, 0, 0, 1, 1, 0}, 2);
        DecisionTree leaf = stump(t, new int[]{0}, y, new DecisionTree.Params(10, 4, 0));
        assertEquals(1, leaf.nodeCount());
        assertArrayEquals(new double[]{4.0 / 6, 2.0 / 6}, leaf.leafValues(0), 1e-12);
        DecisionTree full = stump(t, new int[]{0}, y, DecisionTree.Params.full());
        FeatureBins.Binned x = full.bins().bin(t);
        int[] truth = {0, 0, 0, 1, 1, 0};
        for (int r = 0; r < 6; r++) {
            assertEquals(1.0, full.leafValues(full.leaf(x, r))[truth[r]], 1e-12, "row " + r);
        }
    }

    @Test
    void quantileThresholdsWhenThereAreManyValues() {
        double[] v = new double[1000];
        for (int i = 0; i < v.length; i++) {
            v[i] = i;
        }
        double[] t = FeatureBins.thresholds(v, 4);
        assertArrayEquals(new double[]{250, 500, 750}, t, 0);
        assertArrayEquals(new double[]{1, 2}, FeatureBins.thresholds(new double[]{3, 1, 2, 2}, 64), 0);
    }

    @Test
    void rareCategoriesShareOneBinAndMissingHasItsOwn() {
        String[] col = new String[2 * FeatureBins.MAX_CATEGORIES + 10];
        for (int i = 0; i < col.length - 1; i++) {
            col[i] = "c" + (i < 2 * FeatureBins.MAX_CATEGORIES ? i / 2 : i);
        }
        EncodedTable t = TestTables.encode(new String[]{"k"}, new String[][]{col})[0];
        FeatureBins bins = FeatureBins.fit(new int[]{0}, 64, t);
        assertEquals(FeatureBins.MAX_CATEGORIES + 2, bins.bins(0));
        FeatureBins.Binned x = bins.bin(t);
        assertEquals(bins.missingBin(0), x.x()[0][col.length - 1]);
        assertEquals(FeatureBins.MAX_CATEGORIES, x.x()[0][col.length - 2], "a category seen once shares the other bin");
        assertEquals(t.codes(0)[0], bins.category(0, x.x()[0][0]));
    }
}
