// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.synth;

import java.util.function.Function;
import java.util.function.LongFunction;

/**
 * The generators of a model's generated columns (identifiers, PII) for the last sample seed used: building them
 * takes a while, so every chunk of one sample shares them. Thread-safe.
 */
public final class GeneratorCache {
    private final LongFunction<LongFunction<String>>[] bySeed;
    private volatile Entry last;

    private record Entry(long seed, LongFunction<?>[] generators) {
    }

    /** @param bySeed per output column, the generator factory for a sample seed, or null for a column not generated */
    public GeneratorCache(LongFunction<LongFunction<String>>[] bySeed) {
        this.bySeed = bySeed.clone();
    }

    /**
     * The cache of a model's output columns: {@code factory} gives an output's generator factory for a sample seed,
     * or null for an output that is not generated.
     */
    @SuppressWarnings("unchecked")
    public static <T> GeneratorCache of(T[] outputs, Function<? super T, LongFunction<LongFunction<String>>> factory) {
        LongFunction<LongFunction<String>>[] bySeed = new LongFunction[outputs.length];
        for (int c = 0; c < outputs.length; c++) {
            bySeed[c] = factory.apply(outputs[c]);
        }
        return new GeneratorCache(bySeed);
    }

    /** Per output column, whether it is generated (see {@link FittedModel#generated()}). A fresh array. */
    public boolean[] generated() {
        boolean[] g = new boolean[bySeed.length];
        for (int c = 0; c < g.length; c++) {
            g[c] = bySeed[c] != null;
        }
        return g;
    }

    /** Per output column, the generator for this sample seed (null where the column is not generated). */
    public LongFunction<?>[] forSeed(long seed) {
        Entry e = last;
        if (e == null || e.seed() != seed) {
            synchronized (this) {
                e = last;
                if (e == null || e.seed() != seed) {
                    LongFunction<?>[] gens = new LongFunction<?>[bySeed.length];
                    for (int c = 0; c < bySeed.length; c++) {
                        if (bySeed[c] != null) {
                            gens[c] = bySeed[c].apply(seed);
                        }
                    }
                    e = new Entry(seed, gens);
                    last = e;
                }
            }
        }
        return e.generators();
    }
}
