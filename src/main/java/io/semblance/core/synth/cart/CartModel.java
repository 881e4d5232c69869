// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.synth.cart;

import io.semblance.core.evaluate.utility.FeatureBins;
import io.semblance.core.io.ByteOut;
import io.semblance.core.io.CsvText;
import io.semblance.core.synth.FittedModel;
import io.semblance.core.synth.GeneratorCache;
import io.semblance.core.synth.Seeds;
import io.semblance.core.synth.copula.GeneratedColumn;
import io.semblance.core.synth.copula.NumericText;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.LongFunction;

/**
 * A fitted sequential CART model: one tree per modelled column, visited in sequence, whose leaves keep the real
 * values (numeric) or category counts (categorical) of the rows that fell in them; generated columns for
 * identifiers and PII. A chunk's rows are drawn column by column from one random stream of (seed, chunk).
 */
public final class CartModel implements FittedModel {
    static final long SAMPLE_STREAM = 0xCA5A;
    private static final byte COMMA = ',';

    /** How one output column gets its value. */
    sealed interface Output permits Numeric, Categorical, Generated {
    }

    /** Modelled numeric or datetime column {@code feature}, written as {@code text} says. */
    record Numeric(int feature, NumericText text) implements Output {
    }

    /** Modelled categorical column {@code feature} with its categories (code = index). */
    record Categorical(int feature, List<String> categories) implements Output {
    }

    /** A generated column. */
    record Generated(GeneratedColumn column) implements Output {
    }

    private final GeneratorCache generatorCache;
    private final List<String> names;
    final Output[] outputs;
    final FeatureBins bins;
    final ColumnTree[] trees;
    final byte[][][] categoryBytes;

    CartModel(List<String> names, Output[] outputs, FeatureBins bins, ColumnTree[] trees) {
        this.names = List.copyOf(names);
        this.outputs = outputs;
        this.generatorCache = GeneratorCache.of(outputs, o -> o instanceof Generated g ? g.column().bySeed() : null);
        this.bins = bins;
        this.trees = trees;
        this.categoryBytes = new byte[outputs.length][][];
        for (int c = 0; c < outputs.length; c++) {
            if (outputs[c] instanceof Categorical cat) {
                categoryBytes[c] = new byte[cat.categories().size() + 1][];
                categoryBytes[c][0] = new byte[0];
                for (int k = 0; k < cat.categories().size(); k++) {
                    categoryBytes[c][k + 1] = CsvText.field(cat.categories().get(k), COMMA);
                }
            }
        }
    }

    @Override
    public List<String> columns() {
        return names;
    }

    @Override
    public String kind() {
        return "cart";
    }

    /** The visit sequence: modelled column names in the order they are synthesized. */
    public List<String> visitSequence() {
        int j = 0;
        String[] modelledNames = new String[trees.length];
        for (int c = 0; c < outputs.length; c++) {
            if (!(outputs[c] instanceof Generated)) {
                modelledNames[j++] = names.get(c);
            }
        }
        return java.util.Arrays.stream(trees).map(t -> modelledNames[t.feature()]).toList();
    }

    ColumnTree tree(int position) {
        return trees[position];
    }

    @Override
    public boolean[] generated() {
        return generatorCache.generated();
    }

    /** The tree of a feature. */
    ColumnTree treeOf(int feature) {
        for (ColumnTree t : trees) {
            if (t.feature() == feature) {
                return t;
            }
        }
        throw new IllegalArgumentException("no feature " + feature);
    }

    /** The generators for a sample seed (shared with partial synthesis). */
    LongFunction<?>[] generators(long seed) {
        return generatorCache.forSeed(seed);
    }

    /** How one conditioned column's value is drawn for a row that reached {@code leaf} of its tree. */
    interface ValueDraw {
        double draw(int leaf, int row, SplittableRandom rng);
    }

    /** Draws {@code count} rows: value[feature][row] (numbers, or category codes with -1 = missing). */
    double[][] draw(SplittableRandom rng, int count) {
        return draw(rng, count, new ValueDraw[trees.length]);
    }

    /**
     * Draws {@code count} rows visiting the trees in sequence; feature f's values come from {@code draws[f]} when
     * that is not null, else from the leaf as usual. Later trees see the values drawn before them.
     */
    double[][] draw(SplittableRandom rng, int count, ValueDraw[] draws) {
        int p = trees.length;
        double[][] values = new double[p][];
        short[][] x = new short[p][count];
        FeatureBins.Binned binned = new FeatureBins.Binned(bins, x, count);
        for (ColumnTree t : trees) {
            int f = t.feature();
            boolean numeric = bins.isNumeric(f);
            ValueDraw given = draws[f];
            double[] v = new double[count];
            for (int r = 0; r < count; r++) {
                int leaf = t.leaf(binned, r);
                v[r] = given == null ? t.leaves().draw(leaf, rng) : given.draw(leaf, r, rng);
                x[f][r] = (short) (numeric ? bins.bin(f, v[r], 0) : bins.bin(f, 0, (int) v[r]));
            }
            values[f] = v;
        }
        return values;
    }

    @Override
    public void writeChunk(long seed, long chunk, int count, long variant, ByteOut out) {
        SplittableRandom rng = Seeds.stream(Seeds.variant(seed, variant), SAMPLE_STREAM, chunk);
        writeRows(draw(rng, count), count, seed, chunk, out);
    }

    /** Writes drawn rows (value[feature][row]) as chunk {@code chunk}'s CSV lines, with the generated columns. */
    void writeRows(double[][] values, int count, long seed, long chunk, ByteOut out) {
        LongFunction<?>[] gens = generators(seed);
        long first = chunk * CHUNK_ROWS;
        for (int r = 0; r < count; r++) {
            for (int c = 0; c < outputs.length; c++) {
                if (c > 0) {
                    out.write(COMMA);
                }
                Output o = outputs[c];
                if (o instanceof Numeric nu) {
                    nu.text().write(values[nu.feature()][r], out);
                } else if (o instanceof Categorical cat) {
                    out.write(categoryBytes[c][(int) values[cat.feature()][r] + 1]);
                } else {
                    out.writeField((String) gens[c].apply(first + r), COMMA);
                }
            }
            out.write((byte) '\n');
        }
    }
}
