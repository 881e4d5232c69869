// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.privacy;

import java.util.Locale;

/** Number formats for the sentences a steward reads: thousands separators, percentages with two decimals. */
final class Wording {
    private Wording() {
    }

    /** "32,561". */
    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** A share in [0, 1] as "12.34%". */
    static String percent(double share) {
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
}
