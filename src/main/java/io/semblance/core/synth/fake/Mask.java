// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.synth.fake;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A fixed-length character template: literal characters plus slots that each take one character from an alphabet
 * (e.g. "(###) ###-####" or "A9 9AA"). Index i addresses a value by reading i in mixed radix over the rightmost slots;
 * slots beyond 2^62 combinations are filled from the noise, so distinct indexes still give distinct text.
 */
final class Mask implements IndexedText {
    static final String DIGITS = "0123456789";
    static final String UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    static final String LOWER = "abcdefghijklmnopqrstuvwxyz";

    private final char[] literals;
    private final String[] alphabets;
    private final int[] slots;
    private final int firstIndexed;
    private final long size;

    /** @param alphabets per position: null for a literal (taken from {@code literals}) or the slot's characters */
    Mask(char[] literals, String[] alphabets) {
        this.literals = literals.clone();
        this.alphabets = alphabets.clone();
        int n = 0;
        for (String a : alphabets) {
            n += a == null ? 0 : 1;
        }
        slots = new int[n];
        for (int i = 0, j = 0; i < alphabets.length; i++) {
            if (alphabets[i] != null) {
                slots[j++] = i;
            }
        }
        long s = 1;
        int first = slots.length;
        while (first > 0 && s <= Bijection.MAX_SIZE / alphabets[slots[first - 1]].length()) {
            first--;
            s *= alphabets[slots[first]].length();
        }
        this.firstIndexed = first;
        this.size = s;
    }

    @Override
    public long size() {
        return size;
    }

    int length() {
        return literals.length;
    }

    int slotCount() {
        return slots.length;
    }

    @Override
    public void render(long index, long noise, StringBuilder out) {
        char[] buf = literals.clone();
        long rest = index;
        for (int j = slots.length - 1; j >= firstIndexed; j--) {
            String a = alphabets[slots[j]];
            buf[slots[j]] = a.charAt((int) (rest % a.length()));
            rest /= a.length();
        }
        for (int j = 0; j < firstIndexed; j++) {
            String a = alphabets[slots[j]];
            buf[slots[j]] = a.charAt((int) Mix.below(Mix.mix64(noise + j), a.length()));
        }
        out.append(buf);
    }

    /** The positions of the slots, left to right. */
    int[] slotPositions() {
        return slots.clone();
    }

    /** The alphabet of the slot at {@code position}, or null for a literal. */
    String alphabetAt(int position) {
        return alphabets[position];
    }

    /** This mask with the slot at {@code position} limited to {@code alphabet}. */
    Mask withAlphabet(int position, String alphabet) {
        String[] al = alphabets.clone();
        al[position] = alphabet;
        return new Mask(literals, al);
    }

    /**
     * A mask learned as closely as possible while leaving at least {@code minSize} combinations: first narrowed ranges,
     * then constant characters are given up when they leave too few. Empty sample gives null.
     */
    static Mask learnAtLeast(List<String> sample, long minSize) {
        Mask m = learn(sample, true, true);
        if (m != null && m.size() < minSize) {
            m = learn(sample, true, false);
        }
        if (m != null && m.size() < minSize) {
            m = learn(sample, false, false);
        }
        return m;
    }

    /**
     * The fewest combinations a mask for a column that must avoid {@code realCount} real values should have: 1000 per
     * real value and at least a million, or, for unique columns, room for 10^7 rows at every stand-in level.
     */
    static long minimumSpace(int realCount, boolean unique) {
        long min = Math.max(1_000_000L, 1000L * realCount);
        return unique ? Math.max(min, Drawer.LEVELS * 10_000_000L) : min;
    }

    /** This mask with {@code extra} more slots, copies of the first slot of the last run of slots, inserted before it. */
    Mask widen(int extra) {
        int at = literals.length;
        String alpha = DIGITS;
        if (slots.length > 0) {
            int j = slots.length - 1;
            while (j > 0 && slots[j - 1] == slots[j] - 1) {
                j--;
            }
            at = slots[j];
            alpha = alphabets[at];
        }
        char[] lit = new char[literals.length + extra];
        String[] al = new String[literals.length + extra];
        System.arraycopy(literals, 0, lit, 0, at);
        System.arraycopy(alphabets, 0, al, 0, at);
        Arrays.fill(al, at, at + extra, alpha);
        System.arraycopy(literals, at, lit, at + extra, literals.length - at);
        System.arraycopy(alphabets, at, al, at + extra, literals.length - at);
        return new Mask(lit, al);
    }

    /**
     * Learns a mask from the values of the most common length. Per position: a non-alphanumeric majority character is
     * kept literally; with {@code keepConstants} and 10+ values, a character all values share is kept too; otherwise a
     * slot over the character classes seen (with {@code narrow} and 20+ values, digits limited to the observed range and
     * letters to those observed; letters limited to a-f when the whole sample looks hexadecimal). Empty sample: null.
     */
    static Mask learn(List<String> sample, boolean keepConstants, boolean narrow) {
        Map<Integer, Integer> byLength = new HashMap<>();
        int best = -1;
        for (String s : sample) {
            int c = byLength.merge(s.length(), 1, Integer::sum);
            if (best < 0 || c > byLength.get(best) || (c == byLength.get(best) && s.length() > best)) {
                best = s.length();
            }
        }
        if (best <= 0) {
            return null;
        }
        boolean hex = looksHex(sample);
        char[] lit = new char[best];
        String[] al = new String[best];
        for (int i = 0; i < best; i++) {
            Map<Character, Integer> seen = new HashMap<>();
            int n = 0;
            for (String s : sample) {
                if (s.length() == best) {
                    seen.merge(s.charAt(i), 1, Integer::sum);
                    n++;
                }
            }
            char top = 0;
            int topCount = -1;
            StringBuilder digits = new StringBuilder();
            StringBuilder upper = new StringBuilder();
            StringBuilder lower = new StringBuilder();
            for (Map.Entry<Character, Integer> e : seen.entrySet()) {
                char c = e.getKey();
                if (e.getValue() > topCount) {
                    top = c;
                    topCount = e.getValue();
                }
                (c >= '0' && c <= '9' ? digits : c >= 'A' && c <= 'Z' ? upper : c >= 'a' && c <= 'z' ? lower
                        : new StringBuilder()).append(c);
            }
            boolean alnumTop = Character.isLetterOrDigit(top) && top < 128;
            if ((!alnumTop && topCount * 2 >= n) || (digits.length() + upper.length() + lower.length() == 0)
                    || (keepConstants && n >= 10 && seen.size() == 1)) {
                lit[i] = top;
                continue;
            }
            StringBuilder a = new StringBuilder();
            boolean few = !narrow || n < 20;
            a.append(digits.length() == 0 ? "" : few ? DIGITS : range(digits));
            a.append(upper.length() == 0 ? "" : hex ? "ABCDEF" : few ? UPPER : sorted(upper));
            a.append(lower.length() == 0 ? "" : hex ? "abcdef" : few ? LOWER : sorted(lower));
            al[i] = a.toString();
        }
        return new Mask(lit, al);
    }

    private static boolean looksHex(List<String> sample) {
        boolean letters = false;
        int len = 0;
        for (String s : sample) {
            len = Math.max(len, s.length());
            for (int i = 0; i < s.length(); i++) {
                char c = Character.toLowerCase(s.charAt(i));
                if (c >= 'g' && c <= 'z') {
                    return false;
                }
                letters |= c >= 'a' && c <= 'f';
            }
        }
        return letters && len >= 8;
    }

    private static String range(CharSequence digits) {
        char lo = '9';
        char hi = '0';
        for (int i = 0; i < digits.length(); i++) {
            lo = (char) Math.min(lo, digits.charAt(i));
            hi = (char) Math.max(hi, digits.charAt(i));
        }
        return DIGITS.substring(lo - '0', hi - '0' + 1);
    }

    private static String sorted(CharSequence s) {
        char[] c = s.toString().toCharArray();
        Arrays.sort(c);
        return new String(c);
    }
}
