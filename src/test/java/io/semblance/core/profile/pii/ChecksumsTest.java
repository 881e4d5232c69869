// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.profile.pii;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChecksumsTest {
    @Test
    void luhn() {
        assertTrue(Checksums.luhnValid("4111 1111 1111 1111"));
        assertTrue(Checksums.luhnValid("3782-822463-10005"));
        assertFalse(Checksums.luhnValid("4111 1111 1111 1112"));
        assertFalse(Checksums.luhnValid(null));
        int[] d = {4, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1};
        assertEquals(1, Checksums.luhnCheckDigit(d, d.length));
    }

    @Test
    void iban() {
        assertTrue(Checksums.ibanValid("DE89 3704 0044 0532 0130 00"));
        assertTrue(Checksums.ibanValid("gb82west12345698765432"));
        assertFalse(Checksums.ibanValid("DE88 3704 0044 0532 0130 00"));
        assertFalse(Checksums.ibanValid("DE89 3704"));
        assertFalse(Checksums.ibanValid(null));
        assertEquals(89, Checksums.ibanCheckDigits("DE", "370400440532013000"));
        assertEquals(82, Checksums.ibanCheckDigits("GB", "WEST12345698765432"));
    }

    @Test
    void bsn() {
        assertTrue(Checksums.bsnValid("111222333"));
        assertTrue(Checksums.bsnValid("123456782"));
        assertFalse(Checksums.bsnValid("123456789"));
        assertFalse(Checksums.bsnValid("000000000"));
        assertFalse(Checksums.bsnValid("12345678"));
    }

    @Test
    void datePatterns() {
        assertEquals(LocalDate.of(1985, 4, 3), DatePattern.ISO.parse("1985-04-03"));
        assertEquals(LocalDate.of(1985, 4, 3), DatePattern.ISO.parse("1985-04-03T10:00:00"));
        assertEquals(LocalDate.of(1985, 4, 3), DatePattern.DMY_SLASH.parse("3/4/1985"));
        assertEquals(LocalDate.of(1985, 3, 4), DatePattern.MDY_SLASH.parse("3/4/1985"));
        assertEquals(LocalDate.of(1985, 4, 3), DatePattern.DMY_DOT.parse("03.04.1985"));
        assertEquals(LocalDate.of(1985, 4, 3), DatePattern.COMPACT.parse("19850403"));
        assertNull(DatePattern.ISO.parse("1985-02-30"));
        assertNull(DatePattern.COMPACT.parse("12345"));
        assertEquals(DatePattern.DMY_SLASH, DatePattern.detect(List.of("03/04/1985", "25/12/1990"), Locale.US));
        assertEquals(DatePattern.MDY_SLASH, DatePattern.detect(List.of("03/04/1985", "12/25/1990"), Locale.UK));
        assertEquals(DatePattern.MDY_SLASH, DatePattern.detect(List.of("03/04/1985"), Locale.US));
        assertEquals(DatePattern.DMY_SLASH, DatePattern.detect(List.of("03/04/1985"), Locale.GERMANY));
        assertNull(DatePattern.detect(List.of("yes", "no"), null));
        StringBuilder sb = new StringBuilder();
        DatePattern.DMY_DOT.format(LocalDate.of(1985, 4, 3), false, sb);
        assertEquals("3.4.1985", sb.toString());
    }
}
