// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.synth.fake;

import io.semblance.core.profile.pii.Checksums;

import java.util.List;

/**
 * National identification numbers. US SSNs keep the real separators but are drawn where no
 * number is ever issued, so none can belong to a person: area 900-999 with group 01-49 (the SSA never issues
 * areas 900-999, and the IRS's ITINs in those areas use groups 50-65, 70-88, 90-92 and 94-99); serial not 0000; 9-digit Dutch BSNs pass the 11-test; anything else follows the learned
 * character mask of the real values (shape only, no check digit).
 */
final class NationalIds {
    private NationalIds() {
    }

    static FakeColumn column(List<String> sample, long seed, boolean unique) {
        int ssn = 0;
        int bsn = 0;
        String sep = "-";
        for (String s : sample) {
            if (s.matches("\\d{3}([- ]?)\\d{2}\\1\\d{4}")) {
                ssn++;
                sep = s.length() == 9 ? "" : s.substring(3, 4);
            }
            bsn += Checksums.bsnValid(s) ? 1 : 0;
        }
        int n = sample.size();
        IndexedText space;
        if (n > 0 && bsn * 10 >= n * 9 && bsn > 0) {
            space = new Bsn();
        } else if (n == 0 || ssn * 2 >= n) {
            space = new Ssn(sep);
        } else {
            space = Mask.learnAtLeast(sample, Mask.minimumSpace(n, unique));
        }
        return Drawer.of(space, seed, unique, SampleKeys.of(sample, SampleKeys.ALNUM), SampleKeys.ALNUM);
    }

    private static final class Ssn implements IndexedText {
        private final String sep;

        Ssn(String sep) {
            this.sep = sep;
        }

        @Override
        public long size() {
            return 100L * 49 * 9999;
        }

        @Override
        public void render(long index, long noise, StringBuilder out) {
            long serial = 1 + index % 9999;
            long rest = index / 9999;
            long group = 1 + rest % 49;
            long area = 900 + rest / 49;
            pad(out, area, 3).append(sep);
            pad(out, group, 2).append(sep);
            pad(out, serial, 4);
        }
    }

    /** BSN: seven digits (first not 0) from the index, then the k-th eighth digit that admits a valid ninth. */
    private static final class Bsn implements IndexedText {
        @Override
        public long size() {
            return 9_000_000L * 9;
        }

        @Override
        public void render(long index, long noise, StringBuilder out) {
            long head = 1_000_000 + index / 9;
            int k = (int) (index % 9);
            int[] d = new int[9];
            long h = head;
            for (int i = 6; i >= 0; i--) {
                d[i] = (int) (h % 10);
                h /= 10;
            }
            int s7 = 0;
            for (int i = 0; i < 7; i++) {
                s7 += (9 - i) * d[i];
            }
            for (int d8 = 0, valid = 0; d8 < 10; d8++) {
                int check = Math.floorMod(s7 + 2 * d8, 11);
                if (check <= 9) {
                    if (valid++ == k) {
                        d[7] = d8;
                        d[8] = check;
                        break;
                    }
                }
            }
            for (int x : d) {
                out.append(x);
            }
        }
    }

    static StringBuilder pad(StringBuilder out, long v, int width) {
        String s = Long.toString(v);
        for (int i = s.length(); i < width; i++) {
            out.append('0');
        }
        return out.append(s);
    }
}
