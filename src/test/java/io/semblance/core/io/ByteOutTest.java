// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ByteOutTest {
    private static String longText(long v) {
        ByteOut out = new ByteOut(1);
        out.write((byte) '[');
        out.writeLong(v);
        out.write((byte) ']');
        return new String(out.array(), 0, out.size(), StandardCharsets.US_ASCII);
    }

    @Test
    void writesLongsAsLongToStringDoes() {
        long p = 1;
        for (int digits = 1; digits <= 19; digits++) {
            for (long v : new long[]{p - 1, p, p + 1, 2 * p - 1, 9 * p, 10 * p - 1}) {
                if (v >= 0) {
                    assertEquals("[" + v + "]", longText(v));
                    assertEquals("[" + (-v) + "]", longText(-v));
                }
            }
            p = digits < 19 ? p * 10 : p;
        }
        for (long v : new long[]{Long.MAX_VALUE, Long.MIN_VALUE, Long.MIN_VALUE + 1, 0, 7, 10, 99, 100}) {
            assertEquals("[" + v + "]", longText(v));
        }
        SplittableRandom rng = new SplittableRandom(3);
        for (int i = 0; i < 100_000; i++) {
            long v = rng.nextLong() >> rng.nextInt(64);
            assertEquals("[" + v + "]", longText(v));
        }
    }
}
