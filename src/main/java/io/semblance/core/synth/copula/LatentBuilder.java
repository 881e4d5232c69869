// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.synth.copula;

import io.semblance.core.job.Cancellation;
import io.semblance.core.model.ColumnMeta;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import io.semblance.core.synth.Seeds;

/** Collects the modelled columns' marginals and normal scores; categorical orders are settled in {@link #finish}. */
final class LatentBuilder {
    /** Marginals and normal scores, one per latent dimension. */
    record Result(Marginal[] marginals, double[][] scores) {
    }

    private final int n;
    private final long seed;
    private final Cancellation cancel;
    private final List<Supplier<Object[]>> fixedJobs = new ArrayList<>();
    private final List<Integer> freeSlots = new ArrayList<>();
    private final List<EncodedColumn> freeColumns = new ArrayList<>();

    /**
     * @param seed   the fit's seed; each latent dimension draws from its own stream of it
     * @param cancel checked before each column's work in {@link #finish}
     */
    LatentBuilder(int n, long seed, Cancellation cancel) {
        this.n = n;
        this.seed = seed;
        this.cancel = cancel;
    }

    private SplittableRandom rng(int slot) {
        return Seeds.stream(seed, 0x5C0, slot);
    }

    /** Adds a numerical or datetime column; returns its latent index. */
    int addNumeric(String[] text, ColumnMeta m) {
        int slot = fixedJobs.size();
        fixedJobs.add(() -> numeric(text, m, rng(slot)));
        return slot;
    }

    private Object[] numeric(String[] text, ColumnMeta m, SplittableRandom rng) {
        NumericText t = NumericText.parse(text, m);
        return new Object[]{NumericMarginal.fit(t.values(), t.integer(), t.scale(), t.datetime()),
                NormalScores.ofKeys(t.values(), rng)};
    }

    /** Adds a categorical column, ordered by {@code orderKey} (per code) when given, else by association; returns its latent index. */
    int addCategorical(EncodedColumn col, double[] orderKey) {
        int slot = fixedJobs.size();
        if (orderKey != null) {
            Integer[] idx = new Integer[col.cardinality()];
            for (int k = 0; k < idx.length; k++) {
                idx[k] = k;
            }
            Arrays.sort(idx, (a, b) -> Double.compare(orderKey[a], orderKey[b]));
            int[] position = new int[idx.length];
            for (int p = 0; p < idx.length; p++) {
                position[idx[p]] = p;
            }
            fixedJobs.add(() -> new Object[]{categorical(col, position),
                NormalScores.ofCategories(col.codes, position, col.counts, rng(slot))});
        } else {
            fixedJobs.add(null);
            freeSlots.add(slot);
            freeColumns.add(col);
        }
        return slot;
    }

    /** Computes every dimension (in parallel over columns), ordering the free categories by association. */
    Result finish() {
        int d = fixedJobs.size();
        Marginal[] marginals = new Marginal[d];
        double[][] scores = new double[d][];
        IntStream.range(0, d).parallel().filter(j -> fixedJobs.get(j) != null).forEach(j -> {
            cancel.check();
            Object[] r = fixedJobs.get(j).get();
            marginals[j] = (Marginal) r[0];
            scores[j] = (double[]) r[1];
        });
        List<double[]> fixed = java.util.Arrays.stream(scores).filter(s -> s != null).toList();
        int[][] positions = freeColumns.isEmpty() ? new int[0][]
                : CategoryOrder.order(freeColumns, fixed, n, Seeds.stream(seed, 0x0DE, 0), cancel);
        IntStream.range(0, freeColumns.size()).parallel().forEach(f -> {
            cancel.check();
            EncodedColumn col = freeColumns.get(f);
            int slot = freeSlots.get(f);
            marginals[slot] = categorical(col, positions[f]);
            scores[slot] = NormalScores.ofCategories(col.codes, positions[f], col.counts, rng(slot));
        });
        return new Result(marginals, scores);
    }

    private CategoricalMarginal categorical(EncodedColumn col, int[] position) {
        String[] cats = new String[col.cardinality()];
        double[] p = new double[cats.length];
        for (int k = 0; k < cats.length; k++) {
            cats[position[k]] = col.distinct[k];
            p[position[k]] = (double) col.counts[k] / n;
        }
        return new CategoricalMarginal(cats, p);
    }
}
