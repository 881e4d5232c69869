// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.synth.fake;

import java.util.List;
import java.util.Set;

/** Street addresses, cities and postal codes. */
final class Places {
    private Places() {
    }

    /**
     * Street addresses from the locale's street names with a house number before ("42 Oak Street") or after
     * ("Lindenweg 42") the name, as most real values have it, numbers up to the real values' digit count. A second tier
     * adds an apartment (", Apt. 7" or "/7") so unique columns have room for tens of millions of rows.
     */
    static FakeColumn street(List<String> sample, Vocabulary v, long seed, boolean unique) {
        int numberFirst = 0;
        int numberLast = 0;
        int maxDigits = 0;
        for (String s : sample) {
            String[] t = s.split("[\\s,]+");
            if (t.length == 0) {
                continue;
            }
            String head = t[0].replaceAll("\\D+$", "");
            String tail = t[t.length - 1].replaceAll("\\D+$", "");
            if (!head.isEmpty() && head.chars().allMatch(Character::isDigit)) {
                numberFirst++;
                maxDigits = Math.max(maxDigits, head.length());
            } else if (!tail.isEmpty() && tail.chars().allMatch(Character::isDigit)) {
                numberLast++;
                maxDigits = Math.max(maxDigits, tail.length());
            }
        }
        boolean first = numberFirst >= numberLast;
        int maxNumber = (int) Math.pow(10, Math.min(5, Math.max(maxDigits, 3))) - 1;
        TextCase tc = TextCase.learn(sample);
        IndexedText plain = new Street(v.streets, maxNumber, first, tc, false);
        IndexedText flat = new Street(v.streets, maxNumber, first, tc, true);
        Set<String> forbidden = SampleKeys.of(sample, SampleKeys.TEXT);
        return new Drawer(new IndexedText[] {plain, flat}, new double[] {0.85, 0.15}, seed, unique, forbidden,
                SampleKeys.TEXT);
    }

    /** Cities from the locale's Datafaker city generator, in the real values' case; unique only up to the pool size. */
    static FakeColumn city(List<String> sample, Vocabulary v, long seed, boolean unique) {
        return Drawer.of(PersonNames.list(v.cities, TextCase.learn(sample)), seed, unique, Set.of(), null);
    }

    /** Postal codes on the real codes' character mask (5-digit, ZIP+4, "SW1A 1AA" shapes); no sample: 5 digits. */
    static FakeColumn postal(List<String> sample, long seed, boolean unique) {
        Mask m = Mask.learnAtLeast(sample.isEmpty() ? List.of("00000") : sample, 2);
        return Drawer.of(m, seed, unique, Set.of(), null);
    }

    private static final class Street implements IndexedText {
        private final String[] streets;
        private final int maxNumber;
        private final boolean numberFirst;
        private final TextCase tc;
        private final boolean flat;

        Street(String[] streets, int maxNumber, boolean numberFirst, TextCase tc, boolean flat) {
            this.streets = streets;
            this.maxNumber = maxNumber;
            this.numberFirst = numberFirst;
            this.tc = tc;
            this.flat = flat;
        }

        @Override
        public long size() {
            return (long) streets.length * maxNumber * (flat ? 999 : 1);
        }

        @Override
        public void render(long index, long noise, StringBuilder out) {
            long rest = index;
            long apt = 0;
            if (flat) {
                apt = 1 + rest % 999;
                rest /= 999;
            }
            long number = 1 + rest % maxNumber;
            String street = streets[(int) (rest / maxNumber)];
            String s = numberFirst ? number + " " + street : street + " " + number;
            if (flat) {
                s += numberFirst ? ", Apt. " + apt : "/" + apt;
            }
            out.append(tc.apply(s));
        }
    }
}
