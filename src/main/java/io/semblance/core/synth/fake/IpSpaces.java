// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.synth.fake;

import java.util.Locale;

/** Index spaces for IPv4, IPv6 and URL fakes. */
final class IpSpaces {
    private IpSpaces() {
    }

    /** "10.", "172.16." (for all of 172.16/12), "192.168." when {@code s} is in that private IPv4 range, else "". */
    static String privateRange(String s) {
        String[] p = s.split("\\.");
        if (p.length != 4) {
            return "";
        }
        try {
            int a = Integer.parseInt(p[0]);
            int b = Integer.parseInt(p[1]);
            return a == 10 ? "10." : a == 192 && b == 168 ? "192.168." : a == 172 && b >= 16 && b < 32 ? "172.16." : "";
        } catch (NumberFormatException e) {
            return "";
        }
    }

    /** IPv4: in a private range, or public-looking (first octet 1-223 except 10, 127, 169, 172, 192); last octet 1-254. */
    static final class V4 implements IndexedText {
        private final String range;
        private final int[] firsts;

        V4(String range) {
            this.range = range;
            int[] f = new int[223];
            int n = 0;
            for (int a = 1; a <= 223; a++) {
                if (a != 10 && a != 127 && a != 169 && a != 172 && a != 192) {
                    f[n++] = a;
                }
            }
            this.firsts = java.util.Arrays.copyOf(f, n);
        }

        @Override
        public long size() {
            switch (range) {
                case "10.":
                    return 256L * 256 * 254;
                case "172.16.":
                    return 16L * 256 * 254;
                case "192.168.":
                    return 256L * 254;
                default:
                    return (long) firsts.length * 256 * 256 * 254;
            }
        }

        @Override
        public void render(long index, long noise, StringBuilder out) {
            long last = 1 + index % 254;
            long rest = index / 254;
            long third = rest % 256;
            rest /= 256;
            if (range.equals("192.168.")) {
                out.append("192.168.").append(third).append('.').append(last);
                return;
            }
            long second = rest % 256;
            rest /= 256;
            if (range.equals("10.")) {
                out.append("10.").append(second).append('.').append(third).append('.').append(last);
            } else if (range.equals("172.16.")) {
                out.append("172.").append(16 + second).append('.').append(third).append('.').append(last);
            } else {
                out.append(firsts[(int) rest]).append('.').append(second).append('.').append(third).append('.')
                        .append(last);
            }
        }
    }

    /** IPv6 global unicast (2000::/3): prefix from the noise, the 62 low bits of the interface id from the index. */
    static final class V6 implements IndexedText {
        private final boolean full;
        private final boolean upper;

        V6(boolean full, boolean upper) {
            this.full = full;
            this.upper = upper;
        }

        @Override
        public long size() {
            return Bijection.MAX_SIZE;
        }

        @Override
        public void render(long index, long noise, StringBuilder out) {
            int[] g = new int[8];
            long hi = Mix.mix64(noise);
            g[0] = 0x2000 | (int) (hi & 0x1FFF);
            g[1] = (int) (hi >>> 16 & 0xFFFF);
            g[2] = (int) (hi >>> 32 & 0xFFFF);
            g[3] = (int) (hi >>> 48 & 0xFFFF);
            for (int i = 0; i < 4; i++) {
                g[7 - i] = (int) (index >>> (16 * i) & 0xFFFF);
            }
            StringBuilder sb = new StringBuilder(40);
            int runStart = -1;
            int runLen = 0;
            for (int i = 0; i < 8 && !full; i++) {
                int j = i;
                while (j < 8 && g[j] == 0) {
                    j++;
                }
                if (j - i >= 2 && j - i > runLen) {
                    runStart = i;
                    runLen = j - i;
                }
                i = Math.max(i, j);
            }
            for (int i = 0; i < 8; i++) {
                if (i == runStart) {
                    sb.append(i == 0 ? "::" : ":");
                    i += runLen - 1;
                    continue;
                }
                String h = Integer.toHexString(g[i]);
                sb.append(full ? "0".repeat(4 - h.length()) + h : h);
                if (i < 7) {
                    sb.append(':');
                }
            }
            out.append(upper ? sb.toString().toUpperCase(Locale.ROOT) : sb);
        }
    }

    /** URL: prefix + host word + "." + suffix (noise) + path words from the index (+ a number in the second tier). */
    static final class Url implements IndexedText {
        private static final int NUMBERS = 1_000_000;
        private final String prefix;
        private final String[] hosts;
        private final String[] suffixes;
        private final String[] words;
        private final int depth;
        private final boolean numbered;

        Url(String prefix, String[] hosts, String[] suffixes, String[] words, int depth, boolean numbered) {
            this.prefix = prefix;
            this.hosts = hosts;
            this.suffixes = suffixes;
            this.words = words;
            this.depth = depth;
            this.numbered = numbered;
        }

        @Override
        public long size() {
            long s = hosts.length;
            for (int i = 0; i < depth; i++) {
                s *= words.length;
            }
            return numbered ? s * NUMBERS : s;
        }

        @Override
        public void render(long index, long noise, StringBuilder out) {
            long rest = index;
            long number = -1;
            if (numbered) {
                number = 1 + rest % NUMBERS;
                rest /= NUMBERS;
            }
            out.append(prefix).append(hosts[(int) (rest % hosts.length)]).append('.')
                    .append(suffixes[(int) Mix.below(noise, suffixes.length)]);
            rest /= hosts.length;
            for (int i = 0; i < depth; i++) {
                out.append('/').append(words[(int) (rest % words.length)]);
                rest /= words.length;
            }
            if (numbered) {
                out.append('/').append(number);
            }
        }
    }
}
