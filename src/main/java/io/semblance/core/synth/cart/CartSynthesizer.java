// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.synth.cart;

import io.semblance.core.evaluate.EncodedTable;
import io.semblance.core.evaluate.TableEncoder;
import io.semblance.core.evaluate.utility.FeatureBins;
import io.semblance.core.job.Cancellation;
import io.semblance.core.job.ProgressListener;
import io.semblance.core.model.ColumnMeta;
import io.semblance.core.model.Dataset;
import io.semblance.core.model.Metadata;
import io.semblance.core.model.SdType;
import io.semblance.core.synth.Seeds;
import io.semblance.core.synth.copula.ColumnGenerators;
import io.semblance.core.synth.copula.GeneratedColumn;
import io.semblance.core.synth.copula.NumericText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * Fits a {@link CartModel}: the modelled columns are visited in a sequence; the first is drawn from its real
 * values, and each next one from the leaf of a tree fitted on the real rows to predict it from the columns visited
 * before it. The trees are independent given the sequence, so they are fitted in parallel, each with its own random
 * stream, and the model is the same for a seed whatever the number of threads. Identifier and PII columns are
 * generated as the copula generates them.
 */
public final class CartSynthesizer {
    private static final long FIT_STREAM = 0xCA27;
    private static final int MAX_BINS = 256;
    private final ColumnGenerators generators;
    private final CartOptions options;

    public CartSynthesizer(ColumnGenerators generators, CartOptions options) {
        this.generators = generators;
        this.options = options;
    }

    public CartModel fit(Dataset data, Metadata meta, long seed, ProgressListener progress, Cancellation cancel) {
        int n = data.rowCount();
        checkVisitSequence(data, meta);
        List<Integer> modelled = new ArrayList<>();
        for (int c = 0; c < data.columnCount(); c++) {
            if (columnMeta(meta, data.name(c)).isModelled()) {
                modelled.add(c);
            }
        }
        int p = modelled.size();
        progress.progress(0.02, "Reading the modelled columns…");
        NumericText[] numeric = new NumericText[p];
        int[][] codes = new int[p][];
        List<TableEncoder.Column> columns = new ArrayList<>();
        List<List<String>> categories = new ArrayList<>();
        for (int j = 0; j < p; j++) {
            categories.add(null);
            columns.add(null);
        }
        IntStream.range(0, p).parallel().forEach(j -> {
            cancel.check();
            ColumnMeta m = columnMeta(meta, data.name(modelled.get(j)));
            String[] text = data.column(modelled.get(j));
            List<String> cats = new ArrayList<>();
            if (isCategorical(m)) {
                codes[j] = encode(text, cats);
            } else {
                numeric[j] = NumericText.parse(text, m);
            }
            categories.set(j, List.copyOf(cats));
            columns.set(j, new TableEncoder.Column(m.name(), m, numeric[j] != null, categories.get(j)));
        });
        double[][] numbers = new double[p][];
        for (int j = 0; j < p; j++) {
            numbers[j] = numeric[j] == null ? null : numeric[j].values();
        }
        cancel.check();
        EncodedTable table = EncodedTable.of(columns, numbers, codes, n);
        FeatureBins bins = FeatureBins.fit(IntStream.range(0, p).toArray(), MAX_BINS, table);
        cancel.check();
        FeatureBins.Binned x = bins.bin(table);
        cancel.check();
        int[] sequence = sequence(columns, numbers, codes);
        cancel.check();

        progress.progress(0.1, "Growing one tree per column…");
        CartOptions resolved = options.resolvedFor(n);
        ColumnTree[] trees = new ColumnTree[p];
        AtomicInteger done = new AtomicInteger();
        IntStream.range(0, p).parallel().forEach(k -> {
            cancel.check();
            int j = sequence[k];
            int[] predictors = Arrays.copyOf(sequence, k);
            var rng = Seeds.stream(seed, FIT_STREAM, j);
            trees[k] = numeric[j] != null
                    ? ColumnTree.numeric(x, j, predictors, numeric[j], resolved, rng, cancel)
                    : ColumnTree.categorical(x, j, predictors, codes[j], resolved, rng, cancel);
            synchronized (progress) {
                progress.progress(0.1 + 0.85 * done.incrementAndGet() / p, "Growing one tree per column…");
            }
        });
        cancel.check();

        CartModel.Output[] outputs = new CartModel.Output[data.columnCount()];
        int j = 0;
        for (int c = 0; c < data.columnCount(); c++) {
            cancel.check();
            ColumnMeta m = columnMeta(meta, data.name(c));
            if (m.isModelled()) {
                outputs[c] = numeric[j] != null ? new CartModel.Numeric(j, numeric[j].formatOnly())
                        : new CartModel.Categorical(j, categories.get(j));
                j++;
            } else {
                outputs[c] = new CartModel.Generated(GeneratedColumn.learn(generators, m, data.column(c), seed, c));
            }
        }
        progress.progress(1, "Model fitted");
        return new CartModel(data.names(), outputs, bins, trees);
    }

    /** Names a visit-sequence column that is not in the table, or is generated rather than modelled. */
    private void checkVisitSequence(Dataset data, Metadata meta) {
        for (String name : options.visitSequence()) {
            if (data.indexOf(name) < 0) {
                throw new IllegalArgumentException("the visit sequence names \"" + name
                        + "\", which is not a column of the table");
            }
            if (!columnMeta(meta, name).isModelled()) {
                throw new IllegalArgumentException("the visit sequence names \"" + name + "\", an identifier or"
                        + " personal-data column, which is generated rather than modelled; name only modelled columns");
            }
        }
    }

    /**
     * The visit order of the modelled columns: those named in the options first, in that order, then the rest by
     * number of distinct values (missing counted as one), fewest first, ties in table order.
     */
    int[] sequence(List<TableEncoder.Column> columns, double[][] numbers, int[][] codes) {
        int p = columns.size();
        Map<String, Integer> index = new HashMap<>();
        for (int j = 0; j < p; j++) {
            index.put(columns.get(j).name(), j);
        }
        List<Integer> order = new ArrayList<>();
        for (String name : options.visitSequence()) {
            Integer j = index.get(name);
            if (j == null) {
                throw new IllegalArgumentException("the visit sequence names \"" + name
                        + "\", which is not a modelled column");
            }
            if (order.contains(j)) {
                throw new IllegalArgumentException("the visit sequence names \"" + name + "\" twice");
            }
            order.add(j);
        }
        long[] distinct = new long[p];
        for (int j = 0; j < p; j++) {
            distinct[j] = numbers[j] != null ? distinct(numbers[j]) : Arrays.stream(codes[j]).distinct().count();
        }
        IntStream.range(0, p).boxed().filter(j -> !order.contains(j))
                .sorted((a, b) -> distinct[a] != distinct[b] ? Long.compare(distinct[a], distinct[b]) : a - b)
                .forEach(order::add);
        return order.stream().mapToInt(Integer::intValue).toArray();
    }

    private static long distinct(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        long d = 0;
        for (int i = 0; i < v.length; i++) {
            if (i == 0 || Double.compare(v[i], v[i - 1]) != 0) {
                d++;
            }
        }
        return d;
    }

    /** Codes of the text (-1 = missing) into {@code categories}, filled in order of first appearance. */
    private static int[] encode(String[] text, List<String> categories) {
        Map<String, Integer> dict = new HashMap<>();
        int[] codes = new int[text.length];
        for (int r = 0; r < text.length; r++) {
            String v = text[r];
            if (v == null) {
                codes[r] = -1;
            } else {
                Integer k = dict.get(v);
                if (k == null) {
                    k = categories.size();
                    dict.put(v, k);
                    categories.add(v);
                }
                codes[r] = k;
            }
        }
        return codes;
    }

    static boolean isCategorical(ColumnMeta m) {
        return m.sdtype() == SdType.CATEGORICAL || m.sdtype() == SdType.BOOLEAN;
    }

    private static ColumnMeta columnMeta(Metadata meta, String name) {
        return meta.column(name).orElseThrow(() ->
                new IllegalArgumentException("the metadata does not describe the column \"" + name + "\""));
    }
}
