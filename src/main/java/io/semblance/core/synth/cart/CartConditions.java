// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.synth.cart;

import io.semblance.core.synth.conditions.Condition;
import io.semblance.core.synth.conditions.Rebalance;
import java.util.ArrayList;
import java.util.List;

/**
 * Conditions and rebalancing bound to the modelled columns of a {@link CartModel}. Several conditions on one
 * column must all hold: ranges are intersected, categories must agree. Conditions no real value meets are refused
 * with the reason, naming the conditions as given.
 */
final class CartConditions {
    /** Per feature, its condition (null for a free column). */
    final FeatureCondition[] byFeature;
    /** The rebalanced column's categories (null without rebalancing) and their cumulative shares. */
    final List<String> classNames;
    final double[] classCum;
    final String rebalanced;

    private final CartModel model;
    private final String described;
    /** Per feature: the category code, or the range and whether missing is asked for, as merged so far. */
    private final Integer[] code;
    private final double[] lo;
    private final double[] hi;
    private final boolean[] missing;
    private final boolean[] conditioned;

    CartConditions(CartModel model, List<Condition> conditions, Rebalance rebalance) {
        this.model = model;
        this.described = Condition.describe(conditions, rebalance);
        int p = model.trees.length;
        this.byFeature = new FeatureCondition[p];
        this.code = new Integer[p];
        this.lo = new double[p];
        this.hi = new double[p];
        this.missing = new boolean[p];
        this.conditioned = new boolean[p];
        java.util.Arrays.fill(lo, Double.NEGATIVE_INFINITY);
        java.util.Arrays.fill(hi, Double.POSITIVE_INFINITY);
        for (Condition c : conditions) {
            bind(c);
        }
        for (int f = 0; f < p; f++) {
            if (conditioned[f]) {
                ColumnTree t = model.treeOf(f);
                byFeature[f] = code[f] != null ? new CategoryCondition((CategoricalLeaves) t.leaves(),
                        new int[]{code[f]}, false)
                        : missing[f] ? RangeCondition.missing(t) : RangeCondition.range(t, lo[f], hi[f]);
            }
        }
        if (rebalance == null) {
            this.classNames = null;
            this.classCum = null;
            this.rebalanced = null;
            return;
        }
        this.rebalanced = rebalance.column();
        CartModel.Categorical cat = rebalancedColumn(rebalance);
        List<String> names = new ArrayList<>();
        List<Double> shares = new ArrayList<>();
        if (rebalance.shares().isEmpty()) {
            names.addAll(cat.categories());
            names.forEach(n -> shares.add(1.0 / names.size()));
        } else {
            rebalance.shares().forEach((name, share) -> {
                if (!cat.categories().contains(name)) {
                    throw new IllegalArgumentException("rebalance " + rebalance.column() + ": no category \"" + name
                            + "\" (categories: " + Condition.listed(cat.categories()) + ")");
                }
                if (share > 0) {
                    names.add(name);
                    shares.add(share);
                }
            });
        }
        this.classNames = List.copyOf(names);
        this.classCum = new double[names.size()];
        int[] codes = new int[names.size()];
        double acc = 0;
        for (int k = 0; k < codes.length; k++) {
            codes[k] = cat.categories().indexOf(names.get(k));
            acc += shares.get(k);
            classCum[k] = acc;
        }
        classCum[codes.length - 1] = 1;
        byFeature[cat.feature()] = new CategoryCondition((CategoricalLeaves) model.treeOf(cat.feature()).leaves(),
                codes, true);
    }

    /** The conditions and rebalancing as messages name them. */
    String described() {
        return described;
    }

    private CartModel.Output output(String column, String what) {
        int c = model.columns().indexOf(column);
        if (c < 0) {
            throw new IllegalArgumentException(what + ": the table has no column \"" + column + "\"");
        }
        return model.outputs[c];
    }

    private CartModel.Categorical rebalancedColumn(Rebalance rebalance) {
        CartModel.Output o = output(rebalance.column(), "rebalance " + rebalance.column());
        if (!(o instanceof CartModel.Categorical cat) || cat.categories().isEmpty()) {
            throw new IllegalArgumentException("only a modelled categorical or boolean column can be rebalanced; \""
                    + rebalance.column() + "\" is not one");
        }
        if (conditioned[cat.feature()]) {
            throw new IllegalArgumentException("\"" + rebalance.column() + "\" is both rebalanced and conditioned;"
                    + " use one or the other");
        }
        return cat;
    }

    private void bind(Condition c) {
        CartModel.Output o = output(c.column(), "condition " + c);
        if (o instanceof CartModel.Generated) {
            throw new IllegalArgumentException("condition " + c + ": \"" + c.column() + "\" holds identifiers or"
                    + " personal data, which are generated, not modelled; it cannot be conditioned");
        }
        if (o instanceof CartModel.Categorical cat) {
            bindCategory(c, cat);
        } else {
            bindNumber(c, (CartModel.Numeric) o);
        }
    }

    private void bindCategory(Condition c, CartModel.Categorical cat) {
        int f = cat.feature();
        int k = c.value().isEmpty() ? -1 : cat.categories().indexOf(c.value());
        CategoricalLeaves leaves = (CategoricalLeaves) model.treeOf(f).leaves();
        boolean seen = false;
        for (int l = 0; l < leaves.leaves() && !seen; l++) {
            seen = leaves.share(l, k) > 0;
        }
        if (!seen) {
            throw Condition.impossible(described, c.value().isEmpty() ? "no real value of " + c.column()
                    + " is missing" : c.column() + " has no category \"" + c.value() + "\" (categories: "
                    + Condition.listed(cat.categories()) + ")");
        }
        if (code[f] != null && code[f] != k) {
            throw excluded(c);
        }
        code[f] = k;
        conditioned[f] = true;
    }

    private void bindNumber(Condition c, CartModel.Numeric nu) {
        int f = nu.feature();
        ColumnTree tree = model.treeOf(f);
        if (c.value().isBlank()) {
            if (!RangeCondition.possible(tree, 0, 0, true)) {
                throw Condition.impossible(described, "no real value of " + c.column() + " is missing");
            }
            if (conditioned[f] && !missing[f]) {
                throw excluded(c);
            }
            missing[f] = true;
            conditioned[f] = true;
            return;
        }
        var datetime = nu.text().datetime();
        double a;
        double b;
        if (c.isRange()) {
            a = c.from() == null ? Double.NEGATIVE_INFINITY : c.number(c.from(), datetime);
            b = c.to() == null ? Double.POSITIVE_INFINITY : c.number(c.to(), datetime);
        } else {
            a = c.number(c.value(), datetime);
            b = a;
        }
        if (a > b) {
            throw Condition.impossible(described, "the range " + c.value() + " of " + c.column() + " is empty");
        }
        if (!RangeCondition.possible(tree, a, b, false)) {
            throw Condition.impossible(described, "no real value of " + c.column()
                    + (c.isRange() ? " lies in " : " is ") + c.value());
        }
        lo[f] = Math.max(lo[f], a);
        hi[f] = Math.min(hi[f], b);
        if (missing[f] || !RangeCondition.possible(tree, lo[f], hi[f], false)) {
            throw excluded(c);
        }
        conditioned[f] = true;
    }

    private IllegalArgumentException excluded(Condition c) {
        return Condition.impossible(described, "the conditions on " + c.column() + " exclude each other");
    }
}
