// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.privacy;

import java.util.List;
import java.util.Locale;

/**
 * Number formats and lists for the sentences a steward reads: thousands separators, percentages with two decimals
 * (or one, for the disclosure sentences), column names joined with "and".
 */
public final class Wording {
    private Wording() {
    }

    /** "32,561". */
    public static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** A share in [0, 1] as "12.34%". */
    public static String percent(double share) {
        return String.format(Locale.ROOT, "%.2f%%", 100 * share);
    }

    /** A distance or ratio with three decimals. */
    static String number(double x) {
        return String.format(Locale.ROOT, "%.3f", x);
    }

    /** Same as String.format in the root locale. */
    static String format(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }

    /** A share in [0, 1] as a percentage with one decimal ("under 0.1%" for tiny non-zero shares). */
    public static String share(double share) {
        double p = 100 * share;
        if (p > 0 && p < 0.05) {
            return "under 0.1%";
        }
        return String.format(Locale.ROOT, "%.1f%%", p);
    }

    /** "a", "a and b", "a, b and c". */
    public static String list(List<String> names) {
        if (names.size() <= 1) {
            return names.isEmpty() ? "" : names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}
