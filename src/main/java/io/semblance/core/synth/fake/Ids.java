// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.synth.fake;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Key columns in the real keys' format, never repeating across rows 0..2^31 (and beyond): UUIDs; integers (a dense
 * 1..n-like run continues after its maximum, otherwise a seeded scramble of numbers with the real digit count, moving
 * to one more digit when those run out; zero padding kept); a shared prefix before digits ("C-000123"); or else a
 * character mask whose variable positions encode the row, growing by one position per exhausted tier. Keys in the
 * sample are never produced, so pass every real key to rule out any coincidence with a real one.
 */
final class Ids {
    private static final int MAX_TIERS = 40;
    /** The format is learned from at most this many keys (evenly spread); every key given is still excluded. */
    private static final int LEARN_SIZE = 5000;
    private static final Pattern UUID =
            Pattern.compile("(?i)[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Pattern HEX_LETTER = Pattern.compile("[A-F]");

    private Ids() {
    }

    static FakeColumn column(List<String> realSample, long seed) {
        List<String> s = new ArrayList<>();
        if (realSample != null) {
            for (String v : realSample) {
                if (v != null && !v.isBlank()) {
                    s.add(v.strip());
                }
            }
        }
        if (s.isEmpty()) {
            return row -> Long.toString(row + 1);
        }
        List<String> learn = thin(s, LEARN_SIZE);
        int uuids = 0;
        int upper = 0;
        for (String v : learn) {
            if (UUID.matcher(v).matches()) {
                uuids++;
                upper += v.equals(v.toUpperCase(Locale.ROOT)) && HEX_LETTER.matcher(v).find() ? 1 : 0;
            }
        }
        if (uuids * 10 >= learn.size() * 9) {
            return uuid(seed, upper * 2 > uuids);
        }
        String prefix = commonPrefix(learn);
        if (prefix != null) {
            List<String> numbers = new ArrayList<>();
            for (String v : s) {
                if (v.startsWith(prefix) && v.length() > prefix.length() && allDigits(v, prefix.length())) {
                    numbers.add(v.substring(prefix.length()));
                }
            }
            FakeColumn ints = integers(numbers, seed);
            return prefix.isEmpty() ? ints : row -> prefix + ints.value(row);
        }
        Mask base = Mask.learn(learn, true, true);
        IndexedText[] tiers = new IndexedText[MAX_TIERS];
        for (int k = 0; k < MAX_TIERS; k++) {
            tiers[k] = base.widen(k);
        }
        return new Drawer(tiers, null, seed, true, SampleKeys.of(s, SampleKeys.ALNUM), SampleKeys.ALNUM);
    }

    private static List<String> thin(List<String> s, int max) {
        if (s.size() <= max) {
            return s;
        }
        List<String> out = new ArrayList<>(max);
        double step = (double) s.size() / max;
        for (int i = 0; i < max; i++) {
            out.add(s.get((int) (i * step)));
        }
        return out;
    }

    private static boolean allDigits(String v, int from) {
        for (int i = from; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** The non-digit prefix every value shares before an all-digit rest ("" for plain integers), or null. */
    private static String commonPrefix(List<String> s) {
        String prefix = null;
        for (String v : s) {
            int i = v.length();
            while (i > 0 && Character.isDigit(v.charAt(i - 1)) && v.charAt(i - 1) < 128) {
                i--;
            }
            if (i == v.length() || (i > 0 && Character.isDigit(v.charAt(i - 1)))) {
                return null;
            }
            String p = v.substring(0, i);
            if (prefix != null && !prefix.equals(p)) {
                return null;
            }
            prefix = p;
        }
        return prefix;
    }

    private static FakeColumn integers(List<String> digits, long seed) {
        long min = Long.MAX_VALUE;
        long max = 0;
        int minLen = Integer.MAX_VALUE;
        int maxLen = 0;
        boolean zeroPadded = false;
        for (String d : digits) {
            String t = d.length() > 18 ? d.substring(d.length() - 18) : d;
            long v = Long.parseLong(t);
            min = Math.min(min, v);
            max = Math.max(max, v);
            minLen = Math.min(minLen, d.length());
            maxLen = Math.max(maxLen, d.length());
            zeroPadded |= d.length() > 1 && d.charAt(0) == '0';
        }
        boolean padded = zeroPadded && minLen == maxLen;
        long distinct = digits.stream().distinct().count();
        if (!padded && min <= 1 && distinct >= 0.9 * (max - min + 1)) {
            long start = max + 1;
            return row -> Long.toString(start + row);
        }
        int width = Math.min(maxLen, 17);
        List<IndexedText> tiers = new ArrayList<>();
        for (int w = width; w <= 18 && tiers.size() < MAX_TIERS; w++) {
            long lo = w == width && (padded || minLen < width) ? (padded ? 0 : 1) : pow10(w - 1);
            tiers.add(new Numbers(lo, pow10(w) - lo, padded ? w : 0));
        }
        return new Drawer(tiers.toArray(new IndexedText[0]), null, seed, true, SampleKeys.of(digits, SampleKeys.ALNUM),
                SampleKeys.ALNUM);
    }

    private static long pow10(int e) {
        long p = 1;
        for (int i = 0; i < e; i++) {
            p *= 10;
        }
        return p;
    }

    private static FakeColumn uuid(long seed, boolean upper) {
        Bijection low = new Bijection(Bijection.MAX_SIZE, Mix.hash(seed, 0x75756964L));
        return row -> {
            long hi = Mix.hash(seed, row);
            hi = (hi & ~0xF000L) | 0x4000L;
            long lo = low.apply(row & (Bijection.MAX_SIZE - 1)) | 0x8000000000000000L;
            char[] c = new char[36];
            hex(hi, c, 0);
            hex(lo, c, 16);
            String h = new String(c, 0, 32);
            String u = h.substring(0, 8) + '-' + h.substring(8, 12) + '-' + h.substring(12, 16) + '-'
                    + h.substring(16, 20) + '-' + h.substring(20);
            return upper ? u.toUpperCase(Locale.ROOT) : u;
        };
    }

    private static void hex(long v, char[] out, int at) {
        for (int i = 15; i >= 0; i--) {
            out[at + i] = Character.forDigit((int) (v & 0xF), 16);
            v >>>= 4;
        }
    }

    /** The integers lo..lo+count-1, zero-padded to {@code pad} digits when pad > 0. */
    private static final class Numbers implements IndexedText {
        private final long lo;
        private final long count;
        private final int pad;

        Numbers(long lo, long count, int pad) {
            this.lo = lo;
            this.count = count;
            this.pad = pad;
        }

        @Override
        public long size() {
            return count;
        }

        @Override
        public void render(long index, long noise, StringBuilder out) {
            NationalIds.pad(out, lo + index, pad);
        }
    }
}
