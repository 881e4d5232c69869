// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.synth.fake;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IdColumnsTest {
    private static final long TOP = 1L << 31;

    /** Rows 0..100k and the 50k rows below 2^31 all get distinct values, each matching {@code regex}. */
    private static void assertUnique(FakeColumn c, String regex) {
        Set<String> seen = new HashSet<>();
        for (long r = 0; r < 100_000; r++) {
            String v = c.value(r);
            assertTrue(v.matches(regex), () -> v + " !~ " + regex);
            assertTrue(seen.add(v), () -> "repeat " + v);
        }
        for (long r = TOP - 50_000; r <= TOP; r++) {
            String v = c.value(r);
            assertTrue(seen.add(v), () -> "repeat " + v);
        }
    }

    @Test
    void sequentialIntegersContinueTheRunPastTheRealKeys() {
        List<String> real = new ArrayList<>();
        for (int i = 1; i <= 2000; i++) {
            real.add(Integer.toString(i));
        }
        FakeColumn c = FakeColumns.id(real, 1);
        assertEquals("2001", c.value(0));
        assertEquals("34561", c.value(32560));
        assertUnique(c, "\\d+");
    }

    @Test
    void scatteredIntegersKeepTheirWidth() {
        List<String> real = FakeColumnsTest.gen(500, 2, r -> Integer.toString(100_000 + r.nextInt(900_000)));
        FakeColumn c = FakeColumns.id(real, 3);
        for (int r = 0; r < 100_000; r++) {
            assertEquals(6, c.value(r).length(), c.value(r));
        }
        assertUnique(c, "[1-9]\\d{5,}");
        assertNotEquals(FakeColumns.id(real, 3).value(5), FakeColumns.id(real, 4).value(5));
    }

    @Test
    void zeroPaddedAndPrefixedKeys() {
        FakeColumn padded = FakeColumns.id(List.of("000123", "004567", "000999", "012345"), 5);
        for (int r = 0; r < 100_000; r++) {
            assertEquals(6, padded.value(r).length());
        }
        assertUnique(padded, "\\d{6,}");
        FakeColumn prefixed = FakeColumns.id(List.of("C-000123", "C-004567", "C-000999"), 6);
        assertUnique(prefixed, "C-\\d{6,}");
    }

    @Test
    void maskedKeysKeepCharacterClasses() {
        FakeColumn c = FakeColumns.id(List.of("AB12CD", "XY98ZT", "QW45ER", "KL03MN"), 7);
        for (int r = 0; r < 1000; r++) {
            assertTrue(c.value(r).matches("[A-Z]{2}\\d{2}[A-Z]{2}"), c.value(r));
        }
        assertUnique(c, "[A-Z]*\\d{2}[A-Z]{2}|[A-Z]{2}\\d{2}[A-Z]+|[A-Z]+\\d+[A-Z]+");
        FakeColumn hex = FakeColumns.id(List.of("a3f9c2e1", "0b7d44aa", "ffe01234", "19c0de7b"), 8);
        for (int r = 0; r < 1000; r++) {
            assertTrue(hex.value(r).matches("[0-9a-f]{8}"), hex.value(r));
        }
    }

    /**
     * Real keys R1000..R2999 fill 2,000 of the 9,000 four-digit numbers, so some rows find every stand-in index
     * of their tier taken by a real key; they must still get keys no other row has, for any seed.
     */
    @Test
    void keysStayDistinctWhereRealKeysCrowdTheirTier() {
        List<String> real = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            real.add("R" + (1000 + i));
        }
        for (long seed = 0; seed < 20; seed++) {
            FakeColumn c = FakeColumns.id(real, seed);
            Set<String> seen = new HashSet<>();
            for (long r = 0; r < 30_000; r++) {
                String v = c.value(r);
                long row = r;
                assertTrue(seen.add(v), () -> "row " + row + " repeats " + v);
                assertTrue(!real.contains(v), () -> "row " + row + " takes the real key " + v);
                assertTrue(v.matches("R[1-9]\\d{3,}"), v);
            }
        }
        assertUnique(FakeColumns.id(real, 3), "R[1-9]\\d{3,}");
    }

    @Test
    void uuidsStayUuids() {
        List<String> real = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            real.add(UUID.nameUUIDFromBytes(new byte[] {(byte) i}).toString());
        }
        FakeColumn c = FakeColumns.id(real, 9);
        assertUnique(c, "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
        assertEquals(c.value(77), FakeColumns.id(real, 9).value(77));
        assertNotEquals(c.value(77), FakeColumns.id(real, 10).value(77));
    }

    @Test
    void emptySampleCounts() {
        FakeColumn c = FakeColumns.id(List.of(), 1);
        assertEquals("1", c.value(0));
        assertEquals("100", c.value(99));
    }
}
