// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.synth.fake;

import java.util.List;

/** First, last and full names from the locale's Datafaker lists, in the real values' case and word order. */
final class PersonNames {
    private PersonNames() {
    }

    /** One word from {@code words} per index, in {@code textCase}. */
    static IndexedText list(String[] words, TextCase textCase) {
        return new IndexedText() {
            @Override
            public long size() {
                return words.length;
            }

            @Override
            public void render(long index, long noise, StringBuilder out) {
                out.append(textCase.apply(words[(int) index]));
            }
        };
    }

    /**
     * Full names in tiers: without and with a middle initial ("Jane Smith" / "Jane Q. Smith", or "Smith, Jane" /
     * "Smith, Jane Q." when most real values put the last name first; the form the real values mostly use comes
     * first), then, for unique columns that outgrow both, two surnames ("Jane Q. Smith Lopez"). Word counts differ
     * between tiers and list names contain no spaces, so tiers never overlap.
     */
    static FakeColumn full(List<String> sample, Vocabulary v, long seed, boolean unique) {
        int comma = 0;
        int initial = 0;
        for (String s : sample) {
            comma += s.indexOf(',') > 0 ? 1 : 0;
            initial += s.matches(".*(^|\\s)\\p{Lu}\\.?(\\s|$).*") ? 1 : 0;
        }
        int n = Math.max(1, sample.size());
        boolean lastFirst = comma * 2 > n;
        double initialShare = initial / (double) n;
        TextCase tc = TextCase.learn(sample);
        IndexedText plain = new Full(v, tc, lastFirst, false, false);
        IndexedText withInitial = new Full(v, tc, lastFirst, true, false);
        IndexedText doubleLast = new Full(v, tc, lastFirst, true, true);
        IndexedText[] tiers = initialShare > 0.5 ? new IndexedText[] {withInitial, plain, doubleLast}
                : new IndexedText[] {plain, withInitial, doubleLast};
        double share = initialShare > 0.5 ? 1 - initialShare : initialShare;
        return new Drawer(tiers, new double[] {1 - share, share, 0}, seed, unique,
                SampleKeys.of(sample, SampleKeys.NAME_WORDS), SampleKeys.NAME_WORDS);
    }

    private static final class Full implements IndexedText {
        private final String[] first;
        private final String[] last;
        private final TextCase tc;
        private final boolean lastFirst;
        private final boolean initial;
        private final boolean twoLast;

        Full(Vocabulary v, TextCase tc, boolean lastFirst, boolean initial, boolean twoLast) {
            this.first = v.firstNames;
            this.last = v.lastNames;
            this.tc = tc;
            this.lastFirst = lastFirst;
            this.initial = initial;
            this.twoLast = twoLast;
        }

        @Override
        public long size() {
            return (long) first.length * last.length * (initial ? 26 : 1) * (twoLast ? last.length : 1);
        }

        @Override
        public void render(long index, long noise, StringBuilder out) {
            String l = last[(int) (index % last.length)];
            long rest = index / last.length;
            if (twoLast) {
                l = l + " " + last[(int) (rest % last.length)];
                rest /= last.length;
            }
            String mid = "";
            if (initial) {
                mid = (char) ('A' + rest % 26) + ".";
                rest /= 26;
            }
            String f = first[(int) rest];
            int start = out.length();
            if (lastFirst) {
                out.append(l).append(", ").append(f);
                if (initial) {
                    out.append(' ').append(mid);
                }
            } else {
                out.append(f).append(' ');
                if (initial) {
                    out.append(mid).append(' ');
                }
                out.append(l);
            }
            if (tc == TextCase.LOWER || tc == TextCase.UPPER) {
                for (int i = start; i < out.length(); i++) {
                    char c = out.charAt(i);
                    out.setCharAt(i, tc == TextCase.LOWER ? Character.toLowerCase(c) : Character.toUpperCase(c));
                }
            }
        }
    }
}
