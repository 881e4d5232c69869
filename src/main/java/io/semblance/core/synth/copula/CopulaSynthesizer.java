// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.synth.copula;

import io.semblance.core.job.Cancellation;
import io.semblance.core.job.ProgressListener;
import io.semblance.core.model.ColumnMeta;
import io.semblance.core.model.Dataset;
import io.semblance.core.model.DatetimeFormat;
import io.semblance.core.model.Metadata;
import io.semblance.core.model.SdType;
import io.semblance.core.profile.Numbers;
import io.semblance.core.profile.Profiler;
import io.semblance.core.synth.Seeds;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Fits a {@link CopulaModel} to a table, following the metadata's types and roles. */
public final class CopulaSynthesizer {
    private static final long FIT_STREAM = 0xF17;
    /**
     * The most modelled columns one copula fits: the correlation matrix and its eigen-decomposition cost memory in
     * the square and time in the cube of the count (1,000 columns take about a minute on two cores).
     */
    public static final int MAX_COLUMNS = 1000;
    private final ColumnGenerators generators;

    public CopulaSynthesizer(ColumnGenerators generators) {
        this.generators = generators;
    }

    /** Fits the model; the seed fixes the fit's own randomness (tie-breaking), so the same seed gives the same model. */
    public CopulaModel fit(Dataset data, Metadata meta, long seed, ProgressListener progress, Cancellation cancel) {
        int n = data.rowCount();
        List<Integer> modelled = new ArrayList<>();
        List<EncodedColumn> encoded = new ArrayList<>();
        List<Boolean> categoricalFlags = new ArrayList<>();
        for (int c = 0; c < data.columnCount(); c++) {
            ColumnMeta m = columnMeta(meta, data.name(c));
            if (m.isModelled()) {
                modelled.add(c);
                categoricalFlags.add(isCategorical(m));
            }
        }
        if (modelled.size() > MAX_COLUMNS) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT, "%sthe table has %,d columns to"
                    + " model; the Gaussian copula fits at most %,d (its correlation matrix grows with the square of"
                    + " the count); use the cart model, or mark columns that need no modelling as identifiers",
                    io.semblance.core.synth.Synthesis.source(data), modelled.size(), MAX_COLUMNS));
        }
        encoded.addAll(modelled.parallelStream().map(c -> {
            cancel.check();
            return EncodedColumn.of(data.column(c));
        }).toList());
        cancel.check();
        progress.progress(0.1, "Looking for columns that follow exactly from others…");
        boolean[] categorical = new boolean[modelled.size()];
        for (int j = 0; j < categorical.length; j++) {
            categorical[j] = categoricalFlags.get(j);
        }
        Map<Integer, Integer> derived = Dependencies.find(encoded, categorical, n, cancel);

        progress.progress(0.2, "Fitting marginal distributions…");
        LatentBuilder lb = new LatentBuilder(n, Seeds.mix(seed ^ FIT_STREAM), cancel);
        int[] latentOf = new int[modelled.size()];
        for (int j = 0; j < modelled.size(); j++) {
            cancel.check();
            if (derived.containsKey(j)) {
                latentOf[j] = -1;
                continue;
            }
            int c = modelled.get(j);
            ColumnMeta m = columnMeta(meta, data.name(c));
            if (categorical[j]) {
                Integer numericPartner = numericPartner(j, derived, categorical);
                double[] orderKey = numericPartner == null ? null
                        : partnerValues(encoded.get(j), encoded.get(numericPartner));
                latentOf[j] = lb.addCategorical(encoded.get(j), orderKey);
            } else {
                latentOf[j] = lb.addNumeric(data.column(c), m);
            }
        }
        progress.progress(0.5, "Ordering categories and estimating correlations…");
        cancel.check();
        LatentBuilder.Result latent = lb.finish();
        Marginal[] marginals = latent.marginals();
        cancel.check();
        double[][] corr = Correlation.positiveDefinite(Correlation.pearson(latent.scores()));
        cancel.check();

        progress.progress(0.8, "Preparing generated columns…");
        CopulaModel.Output[] outputs = new CopulaModel.Output[data.columnCount()];
        int j = 0;
        for (int c = 0; c < data.columnCount(); c++) {
            cancel.check();
            ColumnMeta m = columnMeta(meta, data.name(c));
            if (m.isModelled()) {
                Integer src = derived.get(j);
                if (src == null) {
                    outputs[c] = new CopulaModel.Latent(latentOf[j]);
                } else {
                    outputs[c] = derivedOutput(encoded.get(src), encoded.get(j), latentOf[src], marginals);
                }
                j++;
            } else {
                GeneratedColumn g = GeneratedColumn.learn(generators, m, data.column(c), seed, c);
                outputs[c] = new CopulaModel.Generated(g.bySeed(), g.spec());
            }
        }
        progress.progress(1, "Model fitted");
        return new CopulaModel(data.names(), outputs, marginals, corr);
    }

    private static ColumnMeta columnMeta(Metadata meta, String name) {
        return meta.column(name).orElseThrow(() ->
                new IllegalArgumentException("the metadata does not describe the column \"" + name + "\""));
    }

    static boolean isCategorical(ColumnMeta m) {
        return m.sdtype() == SdType.CATEGORICAL || m.sdtype() == SdType.BOOLEAN;
    }

    /** The numerical column derived from categorical column j, if any: its values then fix j's category order. */
    private static Integer numericPartner(int j, Map<Integer, Integer> derived, boolean[] categorical) {
        for (Map.Entry<Integer, Integer> e : derived.entrySet()) {
            if (e.getValue() == j && !categorical[e.getKey()]) {
                return e.getKey();
            }
        }
        return null;
    }

    /** For each category of src, the numeric value of the derived column it maps to (missing sorts first). */
    private static double[] partnerValues(EncodedColumn src, EncodedColumn dst) {
        int[] map = src.functionTo(dst);
        double[] key = new double[src.cardinality()];
        for (int k = 0; k < key.length; k++) {
            double v = Numbers.parse(dst.distinct[map[k]]);
            key[k] = Double.isNaN(v) ? Double.NEGATIVE_INFINITY : v;
        }
        return key;
    }

    private static CopulaModel.Derived derivedOutput(EncodedColumn src, EncodedColumn dst, int srcLatent,
                                                     Marginal[] marginals) {
        int[] map = src.functionTo(dst);
        CategoricalMarginal cm = (CategoricalMarginal) marginals[srcLatent];
        java.util.Map<String, Integer> codeOf = new java.util.HashMap<>();
        for (int k = 0; k < src.cardinality(); k++) {
            codeOf.put(src.distinct[k], k);
        }
        String[] text = new String[cm.categories.length];
        for (int p = 0; p < text.length; p++) {
            text[p] = dst.distinct[map[codeOf.get(cm.categories[p])]];
        }
        return new CopulaModel.Derived(srcLatent, text);
    }

    /** Datetime format of a column: the metadata's, else detected from the values. */
    static DatetimeFormat datetimeFormat(ColumnMeta m, String[] values) {
        String f = m.datetimeFormat() != null ? m.datetimeFormat() : Profiler.datetimeFormatOf(values);
        if (f == null) {
            throw new IllegalArgumentException("column \"" + m.name()
                    + "\" is declared datetime but its values match no known date format; give datetime_format in the metadata");
        }
        return DatetimeFormat.ofStrftime(f);
    }
}
