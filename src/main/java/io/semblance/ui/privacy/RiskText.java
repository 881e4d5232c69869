// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui.privacy;

import io.semblance.core.evaluate.Level;
import io.semblance.core.report.PrivacyReferences.Basis;
import io.semblance.core.report.PrivacyReferences.Reference;
import io.semblance.core.report.PrivacyReferences.Scale;
import io.semblance.ui.common.Messages;
import java.text.NumberFormat;

/** How the Privacy step writes the engine's values: shares and percentages as percentages, scores as numbers. */
final class RiskText {
    private RiskText() {
    }

    /** A value on its scale; "n/a" for NaN. */
    static String value(Scale scale, double v) {
        if (Double.isNaN(v)) {
            return Messages.get("privacy.na");
        }
        return switch (scale) {
            case SHARE -> percent(100 * v);
            case PERCENT -> percent(v);
            case SCORE -> number(v, 3);
        };
    }

    /** The reference in one line, e.g. "Holdout rows: 1.2%". */
    static String reference(Scale scale, Reference r) {
        if (r.basis() == Basis.NONE) {
            return Messages.get("privacy.ref.none");
        }
        if (r.basis() == Basis.HOLDOUT && !r.available()) {
            return Messages.get("privacy.ref.noHoldout");
        }
        String key = switch (r.basis()) {
            case HOLDOUT -> "privacy.ref.holdout";
            case REAL -> "privacy.ref.real";
            default -> "privacy.ref.ideal";
        };
        return Messages.get(key, value(scale, r.value()));
    }

    /** A distance in [0, 1] with four decimals. */
    static String distance(double d) {
        return Double.isNaN(d) ? Messages.get("privacy.na") : number(d, 4);
    }

    /** The verdict in words. */
    static String level(Level level) {
        return Messages.get("privacy.level." + level.name().toLowerCase(java.util.Locale.ROOT));
    }

    /** A percentage with one decimal, two below 1%. */
    private static String percent(double p) {
        return number(p, Math.abs(p) < 1 && p != 0 ? 2 : 1) + "%";
    }

    private static String number(double v, int decimals) {
        NumberFormat f = NumberFormat.getNumberInstance();
        f.setMinimumFractionDigits(decimals);
        f.setMaximumFractionDigits(decimals);
        return f.format(v);
    }
}
