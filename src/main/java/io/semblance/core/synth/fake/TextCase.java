// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.synth.fake;

import java.util.List;
import java.util.Locale;

/** The letter case real values are written in, learned from a sample and applied to fakes. */
enum TextCase {
    LOWER, UPPER, TITLE, KEEP;

    /** The case most sample values with letters share (at least 60% of them), else KEEP; null or empty gives KEEP. */
    static TextCase learn(List<String> sample) {
        int lower = 0;
        int upper = 0;
        int title = 0;
        int withLetters = 0;
        if (sample != null) {
            for (String s : sample) {
                boolean hasLower = false;
                boolean hasUpper = false;
                for (int i = 0; i < s.length(); i++) {
                    char c = s.charAt(i);
                    hasLower |= Character.isLowerCase(c);
                    hasUpper |= Character.isUpperCase(c);
                }
                if (!hasLower && !hasUpper) {
                    continue;
                }
                withLetters++;
                if (!hasUpper) {
                    lower++;
                } else if (!hasLower) {
                    upper++;
                } else if (isTitle(s)) {
                    title++;
                }
            }
        }
        if (withLetters == 0) {
            return KEEP;
        }
        double min = 0.6 * withLetters;
        return lower >= min ? LOWER : upper >= min ? UPPER : title >= min ? TITLE : KEEP;
    }

    /** {@code s} in this case (TITLE and KEEP leave the generated text as it is). */
    String apply(String s) {
        switch (this) {
            case LOWER:
                return s.toLowerCase(Locale.ROOT);
            case UPPER:
                return s.toUpperCase(Locale.ROOT);
            default:
                return s;
        }
    }

    private static boolean isTitle(String s) {
        boolean start = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                if (start && !Character.isUpperCase(c)) {
                    return false;
                }
                start = false;
            } else {
                start = true;
            }
        }
        return true;
    }
}
