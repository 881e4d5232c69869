// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.evaluate;

import io.semblance.core.job.Cancellation;
import io.semblance.core.model.ColumnMeta;
import io.semblance.core.model.Dataset;
import io.semblance.core.model.DatetimeFormat;
import io.semblance.core.model.Metadata;
import io.semblance.core.model.SdType;
import io.semblance.core.profile.Numbers;
import java.util.ArrayList;
import java.util.List;

/**
 * SDMetrics-style quality of a synthetic table against a real one: Column Shapes (KSComplement,
 * TVComplement), Column Pair Trends (CorrelationSimilarity, ContingencySimilarity) counting a pair when the
 * real |ρ| > 0.5 or Cramér's V > 0.3, and their mean; the all-pairs mean is reported too. Scores in [0,1].
 */
public record QualityReport(double score, double columnShapes, double columnPairTrends, double allPairsMean,
                            List<ColumnScore> columns, List<PairScore> pairs) {
    public static final double CORRELATION_THRESHOLD = 0.5;
    public static final double CRAMERS_V_THRESHOLD = 0.3;

    /** One column's shape score. */
    public record ColumnScore(String column, String metric, double score) {
    }

    /**
     * One pair's trend score. {@code realAssociation} is |ρ| or Cramér's V of the real data (what decides whether
     * the pair counts); {@code realValue} and {@code syntheticValue} are the signed ρ (numeric pairs) or Cramér's V
     * of each table, for charts.
     */
    public record PairScore(String columnA, String columnB, String metric, double score, double realAssociation,
                            boolean counted, double realValue, double syntheticValue) {
    }

    /** Computes the report over the metadata's numerical, datetime, categorical and boolean columns. */
    public static QualityReport compute(Dataset real, Dataset synthetic, Metadata meta) {
        return compute(real, synthetic, meta, Cancellation.NEVER);
    }

    /** As {@link #compute(Dataset, Dataset, Metadata)}, checking for cancellation after each column and pair. */
    public static QualityReport compute(Dataset real, Dataset synthetic, Metadata meta, Cancellation cancel) {
        List<Col> cols = new ArrayList<>();
        for (ColumnMeta m : meta.columns()) {
            boolean numeric = m.sdtype() == SdType.NUMERICAL || m.sdtype() == SdType.DATETIME;
            boolean categorical = m.sdtype() == SdType.CATEGORICAL || m.sdtype() == SdType.BOOLEAN;
            if ((numeric || categorical) && !(m.pii() && m.sdtype() != SdType.DATETIME)
                    && real.indexOf(m.name()) >= 0 && synthetic.indexOf(m.name()) >= 0) {
                cols.add(new Col(m, numeric, real.column(real.indexOf(m.name())),
                        synthetic.column(synthetic.indexOf(m.name()))));
                cancel.check();
            }
        }
        List<ColumnScore> shapes = new ArrayList<>();
        for (Col c : cols) {
            cancel.check();
            shapes.add(c.numeric
                    ? new ColumnScore(c.meta.name(), "KSComplement", ShapeMetrics.ksComplement(c.realNum, c.synNum))
                    : new ColumnScore(c.meta.name(), "TVComplement", ShapeMetrics.tvComplement(c.realText, c.synText)));
        }
        List<PairScore> pairs = new ArrayList<>();
        for (int i = 0; i < cols.size(); i++) {
            for (int j = i + 1; j < cols.size(); j++) {
                cancel.check();
                pairs.add(pair(cols.get(i), cols.get(j)));
            }
        }
        double shapeMean = shapes.stream().mapToDouble(ColumnScore::score).average().orElse(Double.NaN);
        double allPairs = pairs.stream().mapToDouble(PairScore::score).average().orElse(Double.NaN);
        double counted = pairs.stream().filter(PairScore::counted).mapToDouble(PairScore::score).average()
                .orElse(allPairs);
        double score = Double.isNaN(counted) ? shapeMean : (shapeMean + counted) / 2;
        return new QualityReport(score, shapeMean, counted, allPairs, shapes, pairs);
    }

    private static PairScore pair(Col a, Col b) {
        if (a.numeric && b.numeric) {
            double rr = PairMetrics.pearson(a.realNum, b.realNum);
            double rs = PairMetrics.pearson(a.synNum, b.synNum);
            double assoc = Double.isNaN(rr) ? 0 : Math.abs(rr);
            return new PairScore(a.meta.name(), b.meta.name(), "CorrelationSimilarity",
                    PairMetrics.correlationSimilarity(rr, rs), assoc, assoc > CORRELATION_THRESHOLD, rr, rs);
        }
        String[] ra = a.realCells();
        String[] rb = b.realCells();
        String[] sa = a.synCells();
        String[] sb = b.synCells();
        double v = PairMetrics.cramersV(ra, rb);
        double s = PairMetrics.contingencySimilarity(ra, rb, sa, sb);
        return new PairScore(a.meta.name(), b.meta.name(), "ContingencySimilarity", s, v, v > CRAMERS_V_THRESHOLD, v,
                PairMetrics.cramersV(sa, sb));
    }

    /** One evaluated column, parsed as numbers or kept as text. */
    private static final class Col {
        final ColumnMeta meta;
        final boolean numeric;
        final String[] realText;
        final String[] synText;
        double[] realNum;
        double[] synNum;

        Col(ColumnMeta meta, boolean numeric, String[] realText, String[] synText) {
            this.meta = meta;
            this.numeric = numeric;
            this.realText = realText;
            this.synText = synText;
            if (numeric) {
                DatetimeFormat f = meta.sdtype() == SdType.DATETIME && meta.datetimeFormat() != null
                        ? DatetimeFormat.ofStrftime(meta.datetimeFormat()) : null;
                realNum = parse(realText, f);
                synNum = parse(synText, f);
            }
        }

        String[] realCells() {
            return numeric ? PairMetrics.bin(realNum) : realText;
        }

        String[] synCells() {
            return numeric ? PairMetrics.bin(synNum) : synText;
        }

        private static double[] parse(String[] text, DatetimeFormat f) {
            double[] out = new double[text.length];
            for (int i = 0; i < text.length; i++) {
                out[i] = text[i] == null ? Double.NaN : f != null ? f.parse(text[i]) : Numbers.parse(text[i]);
            }
            return out;
        }
    }
}
