// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.synth.copula;

import io.semblance.core.model.Dataset;
import io.semblance.core.profile.Numbers;
import io.semblance.core.synth.PartialModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.LongFunction;

/**
 * Partial synthesis with a fitted copula: the real rows of a table are kept, and only the sensitive columns are
 * redrawn from the copula conditioned on the row's other modelled values (a conditional normal in the latent
 * space). Columns derived from a sensitive column follow it; generated columns are replaced as in full
 * synthesis; every other column is copied. Row i of the output is row i of the table.
 */
public final class PartialCopula extends PartialModel {
    static final long PARTIAL_STREAM = 0x9A27;

    private final CopulaModel model;
    /** Latent dimensions drawn (sensitive) and kept (observed). */
    private final int[] drawn;
    private final int[] kept;
    /** Per kept dimension, the (0,1) interval of each row's real value: [2·row] = from, [2·row+1] = to. */
    private final double[][] intervals;
    /** Regression of the drawn latent scores on the kept ones, and the Cholesky factor of the residual. */
    private final ConditionalNormal conditional;

    /**
     * Binds a copula fitted to {@code data} to the table's rows; {@code sensitive} names modelled columns. A column
     * derived exactly from a non-sensitive one cannot be sensitive on its own: its source fixes it.
     */
    public PartialCopula(CopulaModel model, Dataset data, Set<String> sensitive) {
        super(model, data, redrawn(model, drawnDims(model, sensitive), sensitive), PARTIAL_STREAM);
        this.model = model;
        boolean[] drawnDim = drawnDims(model, sensitive);
        this.drawn = indexes(drawnDim, true);
        this.kept = indexes(drawnDim, false);
        this.intervals = new double[kept.length][];
        Arrays.parallelSetAll(intervals, k -> intervalsOf(data, kept[k]));
        this.conditional = new ConditionalNormal(model.correlation, kept, drawn);
    }

    /** Per latent dimension, whether a sensitive column is drawn from it. */
    private static boolean[] drawnDims(CopulaModel model, Set<String> sensitive) {
        boolean[] drawnDim = new boolean[model.latent.length];
        for (int c = 0; c < model.outputs.length; c++) {
            if (sensitive.contains(model.names.get(c))) {
                if (model.outputs[c] instanceof CopulaModel.Latent l) {
                    drawnDim[l.index()] = true;
                }
            }
        }
        return drawnDim;
    }

    /**
     * Per output column: true if it is redrawn (sensitive, or derived from a sensitive column). Throws
     * IllegalArgumentException naming a sensitive column derived from a kept one.
     */
    private static boolean[] redrawn(CopulaModel model, boolean[] drawnDim, Set<String> sensitive) {
        int cols = model.outputs.length;
        List<String> fixed = new ArrayList<>();
        boolean[] redrawn = new boolean[cols];
        for (int c = 0; c < cols; c++) {
            CopulaModel.Output o = model.outputs[c];
            if (o instanceof CopulaModel.Latent l) {
                redrawn[c] = drawnDim[l.index()];
            } else if (o instanceof CopulaModel.Derived d) {
                redrawn[c] = drawnDim[d.source()];
                if (!redrawn[c] && sensitive.contains(model.names.get(c))) {
                    fixed.add(model.names.get(c));
                }
            }
        }
        if (!fixed.isEmpty()) {
            throw new IllegalArgumentException("sensitive column(s) " + quoted(fixed) + " follow exactly from another"
                    + " column that is kept; list that column as sensitive too");
        }
        return redrawn;
    }

    private static String quoted(List<String> names) {
        return String.join(", ", names.stream().map(n -> "\"" + n + "\"").toList());
    }

    private static int[] indexes(boolean[] flags, boolean value) {
        return java.util.stream.IntStream.range(0, flags.length).filter(j -> flags[j] == value).toArray();
    }

    /** The (0,1) intervals of the real values of latent dimension j, row by row. */
    private double[] intervalsOf(Dataset data, int j) {
        int c = 0;
        while (!(model.outputs[c] instanceof CopulaModel.Latent l && l.index() == j)) {
            c++;
        }
        String[] text = data.column(c);
        Marginal m = model.latent[j];
        double[] out = new double[2 * text.length];
        for (int i = 0; i < text.length; i++) {
            double[] iv;
            if (m instanceof CategoricalMarginal cm) {
                iv = cm.interval(text[i]);
                iv = iv != null ? iv : new double[]{0.5, 0.5};
            } else {
                NumericMarginal nm = (NumericMarginal) m;
                String s = text[i];
                iv = nm.interval(s == null ? Double.NaN : nm.datetime != null ? nm.datetime.parse(s) : Numbers.parse(s));
            }
            out[2 * i] = iv[0];
            out[2 * i + 1] = iv[1];
        }
        return out;
    }

    @Override
    protected LongFunction<?>[] generators(long seed) {
        return model.generators(seed);
    }

    @Override
    protected Draws draw(SplittableRandom rng, int first, int count) {
        int d = model.latent.length;
        double[] zo = new double[kept.length];
        double[] eps = new double[drawn.length];
        double[] zs = new double[drawn.length];
        double[] codes = new double[count * d];
        for (int r = 0; r < count; r++) {
            int row = first + r;
            for (int k = 0; k < kept.length; k++) {
                double from = intervals[k][2 * row];
                double to = intervals[k][2 * row + 1];
                double u = from + rng.nextDouble() * (to - from);
                zo[k] = Normal.inverse(Math.min(1 - 1e-12, Math.max(1e-12, u)));
            }
            conditional.draw(zo, rng, eps, zs);
            for (int s = 0; s < drawn.length; s++) {
                codes[r * d + drawn[s]] = model.latent[drawn[s]].code(Normal.cdf(zs[s]));
            }
        }
        return (c, r, out) -> {
            CopulaModel.Output o = model.outputs[c];
            if (o instanceof CopulaModel.Latent l) {
                model.latent[l.index()].write(codes[r * d + l.index()], out);
            } else {
                out.write(model.derivedBytes[c][(int) codes[r * d + ((CopulaModel.Derived) o).source()]]);
            }
        };
    }
}
