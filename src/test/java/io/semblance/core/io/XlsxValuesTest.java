// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.semblance.core.io.XlsxStyles.Kind;
import org.junit.jupiter.api.Test;

class XlsxValuesTest {
    @Test
    void writesNumbersInShortestPlainForm() {
        assertEquals("42", XlsxValues.number("42"));
        assertEquals("42", XlsxValues.number("4.2E1"));
        assertEquals("0", XlsxValues.number("-0"));
        assertEquals("10000000", XlsxValues.number("1.0E7"));
        assertEquals("0.30000000000000004", XlsxValues.number("0.30000000000000004"));
        assertEquals("123456789012345680000", XlsxValues.number("1.2345678901234568E20"));
        assertEquals("-0.00012", XlsxValues.number("-1.2E-4"));
        assertEquals("1E-10", XlsxValues.number("1E-10"));
        assertEquals("-2.5E+300", XlsxValues.number("-2.5e300"));
        assertEquals("abc", XlsxValues.number(" abc "));
    }

    @Test
    void convertsSerialDates() {
        assertEquals("2024-02-29", XlsxValues.serialDate("45351", false, false));
        assertEquals("1900-02-28", XlsxValues.serialDate("59", false, false));
        assertEquals("2024-01-01 00:00:01", XlsxValues.serialDate("45292.0000115741", false, false));
        assertEquals("23:59:59", XlsxValues.serialDate("0.99998842592", false, true));
        assertEquals("-5", XlsxValues.serialDate("-5", false, false));
        assertEquals("1904-01-02", XlsxValues.serialDate("1", true, false));
        assertEquals("2024-03-01 13:45:00", XlsxValues.isoDate("2024-03-01T13:45:00Z"));
        assertEquals("2024-03-01", XlsxValues.isoDate("2024-03-01T00:00:00.000"));
    }

    @Test
    void classifiesFormatCodes() {
        assertEquals(Kind.DATE, XlsxStyles.kindOf("yyyy-mm-dd"));
        assertEquals(Kind.DATE, XlsxStyles.kindOf("[$-409]mmmm d, yyyy;@"));
        assertEquals(Kind.DATE, XlsxStyles.kindOf("mmm"));
        assertEquals(Kind.TIME, XlsxStyles.kindOf("h:mm AM/PM"));
        assertEquals(Kind.TIME, XlsxStyles.kindOf("[h]:mm"));
        assertEquals(Kind.NUMBER, XlsxStyles.kindOf("#,##0.00\\ \"days\";[Red]-#,##0.00"));
        assertEquals(Kind.NUMBER, XlsxStyles.kindOf("0.00E+00"));
        assertEquals(Kind.NUMBER, XlsxStyles.kindOf("General"));
        assertEquals(Kind.NUMBER, XlsxStyles.kindOf("_-* #,##0_-;\\-* #,##0_-;_-* \"-\"_-;_-@_-"));
        assertEquals(Kind.DATE, XlsxStyles.builtInKind(14));
        assertEquals(Kind.TIME, XlsxStyles.builtInKind(46));
        assertEquals(Kind.NUMBER, XlsxStyles.builtInKind(4));
    }
}
