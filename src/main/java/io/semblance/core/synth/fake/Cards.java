// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.synth.fake;

import io.semblance.core.profile.pii.Checksums;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Payment card numbers valid under Luhn, with the real numbers' length, grouping ("4111 1111 1111 1111",
 * "3782-822463-10005") and issuer: the most common first digit is kept and the second digit is drawn from those seen
 * after it (so Visa stays 4, Mastercard 51-55, Amex 34/37). Eleven or more free digits give 10^11+ distinct numbers.
 */
final class Cards implements IndexedText {
    private final char[] layout;
    private final int digits;
    private final int first;
    private final String second;
    private final long freeSpace;

    private Cards(char[] layout, int digits, int first, String second) {
        this.layout = layout;
        this.digits = digits;
        this.first = first;
        this.second = second;
        long s = second.length();
        for (int i = 0; i < digits - 3; i++) {
            s *= 10; // at most 10 * 10^16 for 19 digits, well inside a long
        }
        this.freeSpace = s;
    }

    static FakeColumn column(List<String> sample, long seed, boolean unique) {
        Map<String, Integer> shapes = new HashMap<>();
        for (String s : sample) {
            shapes.merge(s.replaceAll("\\d", "#"), 1, Integer::sum);
        }
        String shape = shapes.entrySet().stream().filter(e -> count(e.getKey()) >= 13 && count(e.getKey()) <= 19)
                .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("#### #### #### ####");
        int[] firstCount = new int[10];
        for (String s : sample) {
            if (Character.isDigit(s.charAt(0)) && s.charAt(0) < 128 && s.replaceAll("\\d", "#").equals(shape)) {
                firstCount[s.charAt(0) - '0']++;
            }
        }
        int first = 4;
        for (int d = 0; d < 10; d++) {
            if (firstCount[d] > firstCount[first]) {
                first = d;
            }
        }
        StringBuilder second = new StringBuilder();
        for (String s : sample) {
            String d = s.replaceAll("\\D", "");
            if (d.length() > 1 && d.charAt(0) - '0' == first && second.indexOf(d.substring(1, 2)) < 0) {
                second.append(d.charAt(1));
            }
        }
        Cards c = new Cards(shape.toCharArray(), count(shape), first, second.length() == 0 ? "0123456789"
                : second.toString());
        return Drawer.of(c, seed, unique, SampleKeys.of(sample, SampleKeys.ALNUM), SampleKeys.ALNUM);
    }

    private static int count(String shape) {
        int n = 0;
        for (int i = 0; i < shape.length(); i++) {
            n += shape.charAt(i) == '#' ? 1 : 0;
        }
        return n;
    }

    @Override
    public long size() {
        return freeSpace;
    }

    @Override
    public void render(long index, long noise, StringBuilder out) {
        int[] d = new int[digits];
        d[0] = first;
        long rest = index;
        for (int i = digits - 2; i >= 2; i--) {
            d[i] = (int) (rest % 10);
            rest /= 10;
        }
        d[1] = second.charAt((int) rest) - '0';
        d[digits - 1] = Checksums.luhnCheckDigit(d, digits - 1);
        int j = 0;
        for (char c : layout) {
            out.append(c == '#' ? (char) ('0' + d[j++]) : c);
        }
    }
}
