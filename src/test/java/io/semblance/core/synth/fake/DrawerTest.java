// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.synth.fake;

import io.semblance.core.model.PiiKind;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DrawerTest {
    @Test
    void bijectionIsAPermutation() {
        for (long size = 1; size <= 300; size++) {
            Bijection b = new Bijection(size, size * 31);
            Set<Long> seen = new HashSet<>();
            for (long x = 0; x < size; x++) {
                long y = b.apply(x);
                assertTrue(y >= 0 && y < size);
                seen.add(y);
            }
            assertEquals(size, seen.size());
        }
        Bijection big = new Bijection(1_000_003, 7);
        Set<Long> seen = new HashSet<>();
        for (long x = 0; x < 1_000_003; x++) {
            seen.add(big.apply(x));
        }
        assertEquals(1_000_003, seen.size());
        Bijection huge = new Bijection(Bijection.MAX_SIZE, 1);
        assertTrue(huge.apply(Bijection.MAX_SIZE - 1) < Bijection.MAX_SIZE);
    }

    @Test
    void uniqueColumnsHaveRoomForTenMillionRows() {
        for (Locale loc : List.of(Locale.US, Locale.GERMANY, Locale.forLanguageTag("es-ES"))) {
            for (PiiKind k : List.of(PiiKind.EMAIL, PiiKind.PHONE, PiiKind.FULL_NAME, PiiKind.STREET_ADDRESS,
                    PiiKind.NATIONAL_ID, PiiKind.CREDIT_CARD, PiiKind.URL)) {
                FakeColumn c = FakeColumns.pii(k, FakeSamples.of(k), loc, 1, true);
                assertTrue(c instanceof Drawer, k.name());
                assertTrue(((Drawer) c).capacity() >= 10_000_000L, k + " " + loc + ": " + ((Drawer) c).capacity());
            }
        }
        // a fixed area code is given up rather than the guarantee
        List<String> sameArea = FakeColumnsTest.gen(50, 1, r -> String.format("(555) %03d-%04d", 200 + r.nextInt(700), r.nextInt(10000)));
        assertTrue(((Drawer) FakeColumns.pii(PiiKind.PHONE, sameArea, Locale.US, 1, true)).capacity() >= 10_000_000L);
        assertTrue(FakeColumns.pii(PiiKind.PHONE, sameArea, Locale.US, 1, false).value(3).startsWith("(555) "));
    }

    @Test
    void privateIpRangesSpillOverInUniqueMode() {
        List<String> lan = FakeColumnsTest.gen(100, 2, r -> "192.168.0." + (1 + r.nextInt(250)));
        FakeColumn c = FakeColumns.pii(PiiKind.IP_ADDRESS, lan, Locale.US, 3, true);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 100_000; i++) {
            assertTrue(seen.add(c.value(i)), c.value(i));
        }
        assertTrue(c.value(0).startsWith("192.168."));
    }
}
