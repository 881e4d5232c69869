// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.synth.cart;

import io.semblance.core.evaluate.utility.FeatureBins;
import io.semblance.core.model.Dataset;
import io.semblance.core.profile.Numbers;
import io.semblance.core.synth.PartialModel;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.LongFunction;

/**
 * Partial synthesis with a fitted CART model: the real rows of a table are kept, and the trees are visited in
 * their sequence with each row's real values, except that a sensitive column is drawn from the leaf its tree
 * sends the row to (later trees then see the drawn value). Generated columns are replaced as in full synthesis;
 * every other column is copied. Row i of the output is row i of the table.
 */
public final class PartialCart extends PartialModel {
    static final long PARTIAL_STREAM = 0xCA9A;

    private final CartModel model;
    /** The real rows binned as the trees read them: x[feature][row]. */
    private final short[][] realBins;
    /** Per feature, whether it is drawn. */
    private final boolean[] drawnFeature;

    /** Binds a CART model fitted to {@code data} to the table's rows; {@code sensitive} names modelled columns. */
    public PartialCart(CartModel model, Dataset data, Set<String> sensitive) {
        super(model, data, drawnColumns(model, sensitive), PARTIAL_STREAM);
        this.model = model;
        int features = model.trees.length;
        this.realBins = new short[features][];
        this.drawnFeature = new boolean[features];
        FeatureBins bins = model.bins;
        java.util.stream.IntStream.range(0, model.outputs.length).parallel().forEach(c -> {
            CartModel.Output o = model.outputs[c];
            String[] text = data.column(c);
            short[] x = new short[text.length];
            if (o instanceof CartModel.Numeric nu) {
                var dt = nu.text().datetime();
                for (int r = 0; r < text.length; r++) {
                    String s = text[r];
                    double v = s == null ? Double.NaN : dt != null ? dt.parse(s) : Numbers.parse(s);
                    x[r] = (short) bins.bin(nu.feature(), v, 0);
                }
                realBins[nu.feature()] = x;
            } else if (o instanceof CartModel.Categorical cat) {
                Map<String, Integer> code = new HashMap<>();
                for (int k = 0; k < cat.categories().size(); k++) {
                    code.put(cat.categories().get(k), k);
                }
                for (int r = 0; r < text.length; r++) {
                    Integer k = text[r] == null ? null : code.get(text[r]);
                    x[r] = (short) bins.bin(cat.feature(), 0, k == null ? -1 : k);
                }
                realBins[cat.feature()] = x;
            }
        });
        boolean[] drawn = drawn();
        for (int c = 0; c < drawn.length; c++) {
            if (drawn[c]) {
                drawnFeature[feature(model.outputs[c])] = true;
            }
        }
    }

    /** Per output column, whether it is sensitive and modelled. */
    private static boolean[] drawnColumns(CartModel model, Set<String> sensitive) {
        boolean[] out = new boolean[model.outputs.length];
        for (int c = 0; c < out.length; c++) {
            out[c] = sensitive.contains(model.columns().get(c)) && feature(model.outputs[c]) >= 0;
        }
        return out;
    }

    /** The feature a modelled output is drawn for, or -1 for a generated one. */
    private static int feature(CartModel.Output o) {
        return o instanceof CartModel.Numeric nu ? nu.feature()
                : o instanceof CartModel.Categorical cat ? cat.feature() : -1;
    }

    /** The visit sequence of the model's trees (see {@link CartModel#visitSequence()}). */
    public List<String> visitSequence() {
        return model.visitSequence();
    }

    @Override
    protected LongFunction<?>[] generators(long seed) {
        return model.generators(seed);
    }

    @Override
    protected Draws draw(SplittableRandom rng, int first, int count) {
        FeatureBins bins = model.bins;
        short[][] x = new short[realBins.length][];
        for (int f = 0; f < x.length; f++) {
            x[f] = java.util.Arrays.copyOfRange(realBins[f], first, first + count);
        }
        FeatureBins.Binned binned = new FeatureBins.Binned(bins, x, count);
        double[][] values = new double[realBins.length][];
        for (ColumnTree t : model.trees) {
            int f = t.feature();
            if (!drawnFeature[f]) {
                continue;
            }
            boolean numeric = bins.isNumeric(f);
            double[] v = new double[count];
            for (int r = 0; r < count; r++) {
                v[r] = t.leaves().draw(t.leaf(binned, r), rng);
                x[f][r] = (short) (numeric ? bins.bin(f, v[r], 0) : bins.bin(f, 0, (int) v[r]));
            }
            values[f] = v;
        }
        return (c, r, out) -> {
            CartModel.Output o = model.outputs[c];
            if (o instanceof CartModel.Numeric nu) {
                nu.text().write(values[nu.feature()][r], out);
            } else {
                out.write(model.categoryBytes[c][(int) values[((CartModel.Categorical) o).feature()][r] + 1]);
            }
        };
    }
}
