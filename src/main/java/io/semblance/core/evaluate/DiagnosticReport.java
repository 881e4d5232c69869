// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.evaluate;

import io.semblance.core.model.Dataset;
import io.semblance.core.model.Metadata;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * SDMetrics-style diagnostic: Data Validity (mean over columns of BoundaryAdherence or CategoryAdherence, and
 * KeyUniqueness of the primary key) and Data Structure (TableStructure); score = their mean, in [0,1].
 */
public record DiagnosticReport(double score, double validity, double structure, List<QualityReport.ColumnScore> columns) {

    public static DiagnosticReport compute(Dataset real, Dataset synthetic, Metadata meta) {
        TableEncoder enc = new TableEncoder(meta, real, synthetic);
        return compute(ValidityReport.compute(enc.encode(real), enc.encode(synthetic)), real, synthetic, meta);
    }

    /** The diagnostic from an already computed validity report (saves encoding the tables twice). */
    public static DiagnosticReport compute(ValidityReport validity, Dataset real, Dataset synthetic, Metadata meta) {
        List<QualityReport.ColumnScore> scores = new ArrayList<>();
        for (ValidityReport.ColumnValidity v : validity.columns()) {
            scores.add(new QualityReport.ColumnScore(v.column(), v.adherenceMetric(), v.adherence()));
        }
        String pk = meta.primaryKey();
        if (pk != null && synthetic.indexOf(pk) >= 0) {
            scores.add(new QualityReport.ColumnScore(pk, "KeyUniqueness", keyUniqueness(synthetic.column(synthetic.indexOf(pk)))));
        }
        double valid = scores.stream().mapToDouble(QualityReport.ColumnScore::score).average().orElse(1);
        double structure = tableStructure(real, synthetic);
        return new DiagnosticReport((valid + structure) / 2, valid, structure, scores);
    }

    /** |A ∩ B| / |A ∪ B| over the two tables' column names. */
    public static double tableStructure(Dataset real, Dataset synthetic) {
        Set<String> a = new HashSet<>(real.names());
        Set<String> b = new HashSet<>(synthetic.names());
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        a.retainAll(b);
        return union.isEmpty() ? 1 : (double) a.size() / union.size();
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
