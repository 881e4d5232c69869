// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.synth.cart;

import java.util.SplittableRandom;

/**
 * A categorical column fixed to one category: by a condition (the same for every row), or by rebalancing (the
 * row's class picks the category).
 */
final class CategoryCondition implements FeatureCondition {
    private final CategoricalLeaves leaves;
    private final int[] codes;
    private final boolean perClass;
    private final double[] max;

    /** {@code codes} holds one code for a condition, or the code of each class when {@code perClass}. */
    CategoryCondition(CategoricalLeaves leaves, int[] codes, boolean perClass) {
        this.leaves = leaves;
        this.codes = codes.clone();
        this.perClass = perClass;
        this.max = new double[codes.length];
        for (int k = 0; k < codes.length; k++) {
            for (int l = 0; l < leaves.leaves(); l++) {
                max[k] = Math.max(max[k], leaves.share(l, codes[k]));
            }
        }
    }

    private int index(int cls) {
        return perClass ? cls : 0;
    }

    @Override
    public double value(int leaf, int cls, SplittableRandom rng) {
        return codes[index(cls)];
    }

    @Override
    public double share(int leaf, int cls) {
        return leaves.share(leaf, codes[index(cls)]);
    }

    @Override
    public double maxShare(int cls) {
        return max[index(cls)];
    }

    @Override
    public boolean fixed() {
        return true;
    }
}
