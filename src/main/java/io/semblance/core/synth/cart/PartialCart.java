// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.synth.cart;

import io.semblance.core.evaluate.utility.FeatureBins;
import io.semblance.core.io.ByteOut;
import io.semblance.core.model.Dataset;
import io.semblance.core.profile.Numbers;
import io.semblance.core.synth.FittedModel;
import io.semblance.core.synth.PartialModel;
import io.semblance.core.synth.Seeds;
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
public final class PartialCart implements PartialModel {
    static final long PARTIAL_STREAM = 0xCA9A;
    private static final byte COMMA = ',';

    private final CartModel model;
    private final Dataset data;
    /** The real rows binned as the trees read them: x[feature][row]. */
    private final short[][] realBins;
    /** Per feature, whether it is drawn; per output column, whether it is written from the draws. */
    private final boolean[] drawnFeature;
    private final boolean[] redrawn;

    /** Binds a CART model fitted to {@code data} to the table's rows; {@code sensitive} names modelled columns. */
    public PartialCart(CartModel model, Dataset data, Set<String> sensitive) {
        this.model = model;
        this.data = data;
        int features = model.trees.length;
        this.realBins = new short[features][];
        this.drawnFeature = new boolean[features];
        this.redrawn = new boolean[model.outputs.length];
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
        for (int c = 0; c < model.outputs.length; c++) {
            if (sensitive.contains(model.columns().get(c))) {
                CartModel.Output o = model.outputs[c];
                int f = o instanceof CartModel.Numeric nu ? nu.feature()
                        : o instanceof CartModel.Categorical cat ? cat.feature() : -1;
                if (f >= 0) {
                    drawnFeature[f] = true;
                    redrawn[c] = true;
                }
            }
        }
    }

    @Override
    public List<String> columns() {
        return model.columns();
    }

    @Override
    public String kind() {
        return "cart";
    }

    /** The visit sequence of the model's trees (see {@link CartModel#visitSequence()}). */
    public List<String> visitSequence() {
        return model.visitSequence();
    }

    @Override
    public int rows() {
        return data.rowCount();
    }

    @Override
    public boolean[] drawn() {
        return redrawn.clone();
    }

    @Override
    public FittedModel full() {
        return model;
    }

    @Override
    public void writeChunk(long seed, long chunk, int count, long variant, ByteOut out) {
        SplittableRandom rng = Seeds.stream(Seeds.variant(seed, variant), PARTIAL_STREAM, chunk);
        LongFunction<?>[] gens = model.generators(seed);
        int first = Math.toIntExact(chunk * CHUNK_ROWS);
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
        for (int r = 0; r < count; r++) {
            int row = first + r;
            for (int c = 0; c < model.outputs.length; c++) {
                if (c > 0) {
                    out.write(COMMA);
                }
                CartModel.Output o = model.outputs[c];
                if (o instanceof CartModel.Generated) {
                    out.writeField((String) gens[c].apply(row), COMMA);
                } else if (!redrawn[c]) {
                    out.writeField(data.value(row, c), COMMA);
                } else if (o instanceof CartModel.Numeric nu) {
                    nu.text().write(values[nu.feature()][r], out);
                } else {
                    CartModel.Categorical cat = (CartModel.Categorical) o;
                    out.write(model.categoryBytes[c][(int) values[cat.feature()][r] + 1]);
                }
            }
            out.write((byte) '\n');
        }
    }
}
