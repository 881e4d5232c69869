// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.evaluate;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Verdict thresholds by metric key: defaults that a user may override one by one. Immutable. A key starting with
 * {@value #REAL_BASED} (a metric of the rows of a hybrid table built from real records) has the threshold of the
 * key without it unless one is set for it.
 */
public final class Thresholds {
    /** Prefix of the keys of the metrics measured on the real-based rows of a hybrid table. */
    public static final String REAL_BASED = "real_based_";

    private final Map<String, Threshold> byKey;

    private Thresholds(Map<String, Threshold> byKey) {
        this.byKey = Map.copyOf(byKey);
    }

    /** The defaults, one per metric key, chosen so that green is what a cautious steward would release. */
    public static Thresholds defaults() {
        Map<String, Threshold> m = new HashMap<>();
        m.put("quality_score", new Threshold(0.85, 0.7, true));
        m.put("column_shapes", new Threshold(0.9, 0.75, true));
        m.put("column_pair_trends", new Threshold(0.85, 0.7, true));
        m.put("diagnostic_score", new Threshold(0.99, 0.9, true));
        m.put("exact_match_rate", new Threshold(0.0, 0.01, false));
        m.put("new_row_synthesis", new Threshold(0.99, 0.9, true));
        // relative to the holdout's own score (synthetic / holdout); without a holdout the absolute score
        m.put("dcr_baseline_protection", new Threshold(0.8, 0.5, true));
        m.put("dcr_baseline_protection_absolute", new Threshold(0.05, 0.01, true));
        m.put("dcr_share", new Threshold(0.55, 0.65, false));
        m.put("dcr_overfitting_protection", new Threshold(0.9, 0.7, true));
        // relative to the holdout: NNDR quantile synthetic / holdout; identifiability excess over the holdout's share
        m.put("nndr", new Threshold(0.85, 0.5, true));
        m.put("identifiability", new Threshold(0.03, 0.15, false));
        m.put("disclosure_protection", new Threshold(0.8, 0.5, true));
        m.put("cap", new Threshold(0.8, 0.5, true));
        m.put("replicated_uniques", new Threshold(1.0, 5.0, false));
        m.put("disco", new Threshold(1.0, 5.0, false));
        m.put("records_at_risk", new Threshold(0.0, 0.05, false));
        m.put("highest_risk", new Threshold(0.2, 0.5, false));
        // share of the remaining uncertainty about a real record's sensitive value that its attached value removes
        m.put(REAL_BASED + "sensitive_disclosure", new Threshold(0.1, 0.3, false));
        m.put("discriminator_auc", new Threshold(0.65, 0.85, false));
        m.put("s_pmse", new Threshold(10, 30, false));
        m.put("ml_efficacy_ratio", new Threshold(0.9, 0.7, true));
        return new Thresholds(m);
    }

    /** The threshold for a key; unknown keys throw IllegalArgumentException. */
    public Threshold get(String key) {
        Threshold t = byKey.get(key);
        if (t == null && key.startsWith(REAL_BASED)) {
            t = byKey.get(key.substring(REAL_BASED.length()));
        }
        if (t == null) {
            throw new IllegalArgumentException("no threshold for metric \"" + key + "\"");
        }
        return t;
    }

    /** A copy with one threshold replaced or added. */
    public Thresholds with(String key, Threshold t) {
        Map<String, Threshold> m = new HashMap<>(byKey);
        m.put(key, t);
        return new Thresholds(m);
    }

    /** Every threshold set, by metric key in alphabetical order; unmodifiable. */
    public Map<String, Threshold> asMap() {
        return Collections.unmodifiableMap(new TreeMap<>(byKey));
    }

    /** Equal when every metric key has the same threshold. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Thresholds t && byKey.equals(t.byKey);
    }

    @Override
    public int hashCode() {
        return byKey.hashCode();
    }

    /** A result for a value under this key's threshold. */
    public MetricResult result(String key, String label, double value, String sentence) {
        return new MetricResult(key, label, value, get(key).level(value), sentence);
    }
}
