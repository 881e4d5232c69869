// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.profile.pii;

import io.semblance.core.model.PiiFinding;
import io.semblance.core.model.PiiKind;

/**
 * What the values and the name say about one kind, and how that becomes a confidence and a reason. Shares are in [0,1]:
 * {@code strong} = values with the kind's distinctive format (or in the word list), {@code any} = values that at least
 * look plausible for it (always >= strong).
 */
final class Evidence {
    /** Share of values a plausible-looking column must reach before the name can vouch for it. */
    static final double MIN_SHARE_WITH_NAME = 0.5;

    final PiiKind kind;
    final double strong;
    final double any;
    final String strongText;
    final String anyText;
    /** Share {@code strong} must reach for the values alone to count, or NaN when values alone never suffice. */
    final double aloneThreshold;
    /** True if shares count distinct values (word-list kinds) rather than all values. */
    final boolean overDistinct;
    double nameScore;

    Evidence(PiiKind kind, double strong, double any, String strongText, String anyText, double aloneThreshold,
             boolean overDistinct) {
        this.kind = kind;
        this.strong = strong;
        this.any = Math.max(any, strong);
        this.strongText = strongText;
        this.anyText = anyText;
        this.aloneThreshold = aloneThreshold;
        this.overDistinct = overDistinct;
    }

    /** Confidence from the values only, in [0,1]; 0 unless {@code strong} reaches the threshold. */
    double alone() {
        if (Double.isNaN(aloneThreshold) || strong < aloneThreshold) {
            return 0;
        }
        return 0.6 + 0.3 * (strong - aloneThreshold) / (1 - aloneThreshold);
    }

    /** Confidence when the name points here and enough values look plausible, in [0,1]. */
    double named() {
        if (nameScore <= 0 || any < MIN_SHARE_WITH_NAME) {
            return 0;
        }
        return nameScore * (0.3 + 0.3 * any + 0.35 * strong);
    }

    /** Combined confidence in [0,1]. */
    double confidence() {
        double a = alone();
        double n = named();
        if (a > 0 && nameScore > 0) {
            return Math.min(1.0, Math.max(a + 0.1 * nameScore, n));
        }
        return Math.max(a, n);
    }

    PiiFinding finding(String columnName) {
        double conf = Math.round(confidence() * 1000) / 1000.0;
        String of = overDistinct ? "% of distinct values " : "% of values ";
        String reason;
        if (alone() > 0) {
            reason = percent(strong) + of + strongText;
            if (nameScore > 0) {
                reason += "; column name '" + columnName + "'";
            }
        } else if (strong >= 0.2) {
            reason = "column name '" + columnName + "'; " + percent(strong) + of + strongText;
        } else {
            reason = "column name '" + columnName + "'; " + percent(any) + of + anyText;
        }
        return new PiiFinding(kind, conf, reason);
    }

    private static int percent(double share) {
        return share >= 1.0 ? 100 : (int) Math.floor(share * 100);
    }
}
