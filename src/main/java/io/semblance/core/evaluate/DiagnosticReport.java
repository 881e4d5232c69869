// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.evaluate;

import io.semblance.core.model.ColumnMeta;
import io.semblance.core.model.Dataset;
import io.semblance.core.model.DatetimeFormat;
import io.semblance.core.model.Metadata;
import io.semblance.core.model.SdType;
import io.semblance.core.profile.Numbers;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * SDMetrics-style diagnostic: Data Validity (mean of BoundaryAdherence, CategoryAdherence and the primary
 * key's KeyUniqueness over columns) and Data Structure (TableStructure); score = their mean, in [0,1].
 */
public record DiagnosticReport(double score, double validity, double structure, List<QualityReport.ColumnScore> columns) {

    public static DiagnosticReport compute(Dataset real, Dataset synthetic, Metadata meta) {
        List<QualityReport.ColumnScore> scores = new ArrayList<>();
        for (ColumnMeta m : meta.columns()) {
            int ri = real.indexOf(m.name());
            int si = synthetic.indexOf(m.name());
            if (ri < 0 || si < 0) {
                continue;
            }
            String[] r = real.column(ri);
            String[] s = synthetic.column(si);
            if (m.name().equals(meta.primaryKey())) {
                scores.add(new QualityReport.ColumnScore(m.name(), "KeyUniqueness", keyUniqueness(s)));
            } else if (m.sdtype() == SdType.NUMERICAL || m.sdtype() == SdType.DATETIME) {
                DatetimeFormat f = m.sdtype() == SdType.DATETIME && m.datetimeFormat() != null
                        ? DatetimeFormat.ofStrftime(m.datetimeFormat()) : null;
                scores.add(new QualityReport.ColumnScore(m.name(), "BoundaryAdherence", boundaryAdherence(r, s, f)));
            } else if (m.sdtype() == SdType.CATEGORICAL || m.sdtype() == SdType.BOOLEAN) {
                scores.add(new QualityReport.ColumnScore(m.name(), "CategoryAdherence", categoryAdherence(r, s)));
            }
        }
        double validity = scores.stream().mapToDouble(QualityReport.ColumnScore::score).average().orElse(1);
        Set<String> a = new HashSet<>(real.names());
        Set<String> b = new HashSet<>(synthetic.names());
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        a.retainAll(b);
        double structure = union.isEmpty() ? 1 : (double) a.size() / union.size();
        return new DiagnosticReport((validity + structure) / 2, validity, structure, scores);
    }

    /** Share of synthetic values (missing dropped) inside the real [min, max]. */
    public static double boundaryAdherence(String[] real, String[] syn, DatetimeFormat f) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (String v : real) {
            double x = v == null ? Double.NaN : f != null ? f.parse(v) : Numbers.parse(v);
            if (!Double.isNaN(x)) {
                min = Math.min(min, x);
                max = Math.max(max, x);
            }
        }
        int n = 0;
        int in = 0;
        for (String v : syn) {
            double x = v == null ? Double.NaN : f != null ? f.parse(v) : Numbers.parse(v);
            if (v != null) {
                n++;
                if (!Double.isNaN(x) && x >= min && x <= max) {
                    in++;
                }
            }
        }
        return n == 0 ? 1 : (double) in / n;
    }

    /** Share of synthetic values that occur in the real column (missing counts as a category). */
    public static double categoryAdherence(String[] real, String[] syn) {
        Set<String> cats = new HashSet<>();
        for (String v : real) {
            cats.add(v);
        }
        int in = 0;
        for (String v : syn) {
            if (cats.contains(v)) {
                in++;
            }
        }
        return syn.length == 0 ? 1 : (double) in / syn.length;
    }

    /** 1 − (duplicated or missing keys) / rows. */
    public static double keyUniqueness(String[] keys) {
        Set<String> seen = new HashSet<>();
        int bad = 0;
        for (String k : keys) {
            if (k == null || !seen.add(k)) {
                bad++;
            }
        }
        return keys.length == 0 ? 1 : 1 - (double) bad / keys.length;
    }
}
