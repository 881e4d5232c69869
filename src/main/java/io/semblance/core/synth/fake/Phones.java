// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.synth.fake;

import java.util.List;

/**
 * Phone numbers in the most common real shape, e.g. "(555) 123-4567", "+44 20 7946 0958" or "555.123.4567". Digits all
 * real numbers share (an area code) are kept only while enough combinations remain (see {@link Mask#minimumSpace}).
 */
final class Phones {
    private static final Mask US = new Mask("(   )    -    ".toCharArray(), new String[] {null, "23456789", Mask.DIGITS,
        Mask.DIGITS, null, null, "23456789", Mask.DIGITS, Mask.DIGITS, null, Mask.DIGITS, Mask.DIGITS, Mask.DIGITS,
        Mask.DIGITS});

    private Phones() {
    }

    /**
     * Digits are drawn per position within the range seen there (so "2-9" area-code starts stay valid); separators,
     * a leading '+' and digits every real number shares (such as a country code) are kept. No sample: US layout.
     */
    static FakeColumn column(List<String> sample, long seed, boolean unique) {
        Mask m = Mask.learnAtLeast(sample, Mask.minimumSpace(sample.size(), unique));
        if (m == null || m.slotCount() == 0) {
            m = US;
        }
        m = northAmerican(m);
        return Drawer.of(m, seed, unique, SampleKeys.of(sample, SampleKeys.ALNUM), SampleKeys.ALNUM);
    }

    /**
     * For ten-digit numbers (a literal country code 1 may precede them), area code and exchange cannot start
     * with 0 or 1 under the North American plan; small samples do not show that, so it is imposed.
     */
    private static Mask northAmerican(Mask m) {
        int[] slots = m.slotPositions();
        if (slots.length != 10) {
            return m;
        }
        for (int p : slots) {
            if (!m.alphabetAt(p).chars().allMatch(Character::isDigit)) {
                return m;
            }
        }
        StringBuilder probe = new StringBuilder();
        m.render(0, 0, probe);
        String digits = probe.toString().replaceAll("\\D", "");
        int firstDigit = probe.toString().indexOf(digits.charAt(0));
        boolean plainTen = digits.length() == 10;
        boolean withOne = digits.length() == 11 && digits.charAt(0) == '1' && m.alphabetAt(firstDigit) == null;
        if (!plainTen && !withOne) {
            return m;
        }
        Mask out = m;
        for (int k : new int[] {0, 3}) {
            String kept = m.alphabetAt(slots[k]).replaceAll("[01]", "");
            if (!kept.isEmpty()) {
                out = out.withAlphabet(slots[k], kept);
            }
        }
        return out;
    }
}
