// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.synth.output;

import java.util.HashMap;
import java.util.Map;

/**
 * One column's values as a table in memory keeps them: equal values share one String while the column has few
 * distinct values (categories, small whole numbers), so a million drawn rows hold each category once rather than
 * once per cell. A column found to have many distinct values is kept as drawn. Not thread-safe.
 */
final class SharedValues {
    /** Distinct values beyond which a column stops sharing: its values rarely repeat. */
    static final int MAX_DISTINCT = 4096;
    private final Map<String, String> seen = new HashMap<>();
    private boolean sharing = true;

    /** The value to keep: an equal one kept before, or {@code value} itself; null stays null. */
    String keep(String value) {
        if (value == null || !sharing) {
            return value;
        }
        String kept = seen.putIfAbsent(value, value);
        if (kept != null) {
            return kept;
        }
        if (seen.size() > MAX_DISTINCT) {
            sharing = false;
            seen.clear();
        }
        return value;
    }
}
