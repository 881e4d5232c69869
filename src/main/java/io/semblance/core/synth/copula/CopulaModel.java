// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.synth.copula;

import io.semblance.core.synth.FittedModel;
import io.semblance.core.synth.GeneratorCache;
import io.semblance.core.synth.Seeds;
import io.semblance.core.io.ByteOut;
import io.semblance.core.io.CsvText;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.LongFunction;

/**
 * A fitted Gaussian copula: one marginal per modelled column, the correlation of their normal scores,
 * columns derived exactly from a categorical one, and generated columns (identifiers, PII) that are never
 * modelled. Holds no real rows.
 */
public final class CopulaModel implements FittedModel {
    static final long SAMPLE_STREAM = 0x5A4D;
    private static final byte COMMA = ',';

    /** How one output column gets its value. */
    sealed interface Output permits Latent, Derived, Generated {
    }

    /** Drawn from latent dimension {@code index}. */
    record Latent(int index) implements Output {
    }

    /** Looked up from the category drawn for latent dimension {@code source}: text by category position. */
    record Derived(int source, String[] textByPosition) implements Output {
    }

    /**
     * Produced by a generator chosen by the sample seed: {@code bySeed.apply(seed)} gives value(row);
     * {@code spec} describes it for saving.
     */
    record Generated(LongFunction<LongFunction<String>> bySeed, GeneratorSpec spec) implements Output {
    }

    private final GeneratorCache generatorCache;

    final List<String> names;
    final Output[] outputs;
    final Marginal[] latent;
    final double[][] correlation;
    private final double[][] chol;
    final byte[][][] derivedBytes;

    CopulaModel(List<String> names, Output[] outputs, Marginal[] latent, double[][] correlation) {
        this.names = List.copyOf(names);
        this.outputs = outputs;
        this.generatorCache = GeneratorCache.of(outputs, o -> o instanceof Generated g ? g.bySeed() : null);
        this.latent = latent;
        this.correlation = correlation;
        this.chol = Correlation.cholesky(correlation);
        this.derivedBytes = new byte[outputs.length][][];
        for (int c = 0; c < outputs.length; c++) {
            if (outputs[c] instanceof Derived d) {
                derivedBytes[c] = new byte[d.textByPosition().length][];
                for (int p = 0; p < derivedBytes[c].length; p++) {
                    derivedBytes[c][p] = CsvText.field(d.textByPosition()[p], COMMA);
                }
            }
        }
        for (Marginal m : latent) {
            if (m instanceof CategoricalMarginal cm) {
                cm.encodeFor(COMMA);
            }
        }
    }

    @Override
    public boolean[] generated() {
        return generatorCache.generated();
    }

    /** The generators for a sample seed (shared with partial synthesis). */
    LongFunction<?>[] generators(long seed) {
        return generatorCache.forSeed(seed);
    }

    @Override
    public List<String> columns() {
        return names;
    }

    @Override
    public String kind() {
        return "copula";
    }

    /** Number of latent (modelled, not derived) columns. */
    public int dimensions() {
        return latent.length;
    }

    @Override
    public void writeChunk(long seed, long chunk, int count, long variant, ByteOut out) {
        SplittableRandom rng = Seeds.stream(Seeds.variant(seed, variant), SAMPLE_STREAM, chunk);
        LongFunction<?>[] gens = generators(seed);
        int d = latent.length;
        double[] eps = new double[d];
        double[] codes = new double[d];
        long first = chunk * CHUNK_ROWS;
        for (int r = 0; r < count; r++) {
            for (int j = 0; j < d; j++) {
                eps[j] = rng.nextGaussian();
            }
            for (int j = 0; j < d; j++) {
                double[] lj = chol[j];
                double z = 0;
                for (int k = 0; k <= j; k++) {
                    z += lj[k] * eps[k];
                }
                codes[j] = latent[j].code(Normal.cdf(z));
            }
            writeRow(codes, gens, first + r, out);
        }
    }

    /** Writes one row from the latent codes; generated columns take row index {@code row}. */
    void writeRow(double[] codes, LongFunction<?>[] gens, long row, ByteOut out) {
        for (int c = 0; c < outputs.length; c++) {
            if (c > 0) {
                out.write(COMMA);
            }
            Output o = outputs[c];
            if (o instanceof Latent l) {
                latent[l.index()].write(codes[l.index()], out);
            } else if (o instanceof Derived dv) {
                out.write(derivedBytes[c][(int) codes[dv.source()]]);
            } else {
                out.writeField((String) gens[c].apply(row), COMMA);
            }
        }
        out.write((byte) '\n');
    }
}
