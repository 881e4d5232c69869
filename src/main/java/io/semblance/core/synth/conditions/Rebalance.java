// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.synth.conditions;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Class shares to impose on a categorical or boolean column of the output; empty shares mean equal shares over
 * the column's (non-missing) categories. Shares must be positive or zero and sum to 1.
 */
public record Rebalance(String column, Map<String, Double> shares) {
    public Rebalance {
        if (column == null || column.isEmpty()) {
            throw new IllegalArgumentException("rebalance needs a column name");
        }
        shares = shares == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(shares));
        double sum = 0;
        for (Map.Entry<String, Double> e : shares.entrySet()) {
            if (!(e.getValue() >= 0 && e.getValue() <= 1)) {
                throw new IllegalArgumentException("the share of \"" + e.getKey() + "\" must lie between 0 and 1, got "
                        + e.getValue());
            }
            sum += e.getValue();
        }
        if (!shares.isEmpty() && Math.abs(sum - 1) > 1e-6) {
            throw new IllegalArgumentException("the shares for " + column + " must sum to 1, got " + sum);
        }
    }

    /** Equal shares over the column's categories. */
    public static Rebalance equal(String column) {
        return new Rebalance(column, Map.of());
    }

    /** Parses {@code v1=0.3,v2=0.7} (each value is everything before the last '='). */
    public static Rebalance parse(String column, String shares) {
        if (shares == null || shares.isBlank()) {
            return equal(column);
        }
        Map<String, Double> map = new LinkedHashMap<>();
        for (String part : shares.split(",")) {
            int eq = part.lastIndexOf('=');
            if (eq < 0) {
                throw new IllegalArgumentException("share \"" + part + "\" should read VALUE=SHARE");
            }
            String key = part.substring(0, eq).strip();
            double v;
            try {
                v = Double.parseDouble(part.substring(eq + 1).strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("share \"" + part + "\" should read VALUE=SHARE with a number");
            }
            if (map.put(key, v) != null) {
                throw new IllegalArgumentException("\"" + key + "\" is given two shares");
            }
        }
        return new Rebalance(column, map);
    }
}
