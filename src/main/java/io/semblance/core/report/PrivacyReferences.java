// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.report;

import java.util.Map;

/**
 * How to read each privacy metric of a report: the scale of its value and the number it should be read beside (what
 * unseen holdout rows score, what the real data itself discloses, or the ideal value), taken from the privacy
 * section's details.
 */
public final class PrivacyReferences {
    /** How a value is expressed. */
    public enum Scale {
        /** a share in [0, 1], read as a percentage */
        SHARE,
        /** already a percentage, in [0, 100] */
        PERCENT,
        /** a score or ratio, read as a plain number */
        SCORE
    }

    /** What the reference value is. */
    public enum Basis {
        /** the same metric computed with the holdout rows in place of the synthetic ones */
        HOLDOUT,
        /** the same measure on the real (training) table itself */
        REAL,
        /** the value a synthesizer that learned nothing particular about anyone would get */
        IDEAL,
        /** the metric has no reference */
        NONE
    }

    /**
     * A reference value.
     *
     * @param basis what it is
     * @param value the value on the metric's scale; NaN when it could not be computed (no holdout, no
     *              quasi-identifiers) or the basis is NONE
     */
    public record Reference(Basis basis, double value) {
        public boolean available() {
            return basis != Basis.NONE && !Double.isNaN(value);
        }
    }

    private PrivacyReferences() {
    }

    /** The scale of a privacy metric's value; SCORE for keys not listed in the report's privacy section. */
    public static Scale scale(String key) {
        return switch (key) {
            case "exact_match_rate", "new_row_synthesis", "dcr_share", "identifiability", "records_at_risk",
                    "highest_risk" -> Scale.SHARE;
            case "replicated_uniques", "disco" -> Scale.PERCENT;
            default -> Scale.SCORE;
        };
    }

    /** The reference of a privacy metric in {@code privacy} (the report's privacy section). */
    public static Reference reference(String key, Section privacy) {
        Map<String, Object> d = privacy.details();
        return switch (key) {
            case "exact_match_rate" -> holdout(d.get("exact_match_rate_holdout"));
            case "dcr_baseline_protection" -> holdout(d.get("dcr_baseline_protection_holdout"));
            case "nndr" -> holdout(d.get("nndr_holdout"));
            case "identifiability" -> holdout(d.get("identifiability_holdout"));
            case "dcr_share" -> new Reference(Basis.IDEAL, 0.5);
            case "dcr_overfitting_protection", "disclosure_protection" -> new Reference(Basis.IDEAL, 1);
            case "replicated_uniques" -> real(d.get("uniques_in_real_percent"));
            case "disco" -> real(d.get("disco_in_real_percent"));
            case "records_at_risk", "highest_risk" -> real(d.get("reidentification_real") instanceof Map<?, ?> m
                    ? m.get(key) : null);
            default -> new Reference(Basis.NONE, Double.NaN);
        };
    }

    private static Reference holdout(Object value) {
        return new Reference(Basis.HOLDOUT, number(value));
    }

    private static Reference real(Object value) {
        return new Reference(Basis.REAL, number(value));
    }

    private static double number(Object value) {
        return value instanceof Number n ? n.doubleValue() : Double.NaN;
    }
}
