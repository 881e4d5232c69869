// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.semblance.core.profile.Numbers;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Numbers at the edges of a double are written as numbers near what was read, never clamped or spelled out. */
class ByteOutNumbersTest {
    private static String text(Consumer<ByteOut> write) {
        ByteOut out = new ByteOut(8);
        write.accept(out);
        return new String(out.array(), 0, out.size(), StandardCharsets.US_ASCII);
    }

    @Test
    void wholeNumbersBeyondALongAreNotClamped() {
        assertEquals("10000000000000000000000000", text(o -> o.writeWhole(1e25)));
        assertEquals("-9223372036854775808", text(o -> o.writeWhole(-0x1p63)));
        assertEquals("9223372036854775807", text(o -> o.writeWhole(0x1p63)));
        assertEquals("-42", text(o -> o.writeWhole(-42)));
        assertEquals("1E+25", text(o -> o.writeDecimal(1e25, 0)), "a decimal column is written as decimals are");
    }

    @Test
    void hugeDecimalsUseScientificNotationWithTheDigitsOfTheDouble() {
        assertEquals("1.7976931348623157E+308", text(o -> o.writeDecimal(Double.MAX_VALUE, 3)));
        assertEquals("-1E+308", text(o -> o.writeDecimal(-1e308, 2)));
        assertEquals("123456789012345680", text(o -> o.writeDecimal(1.2345678901234568e17, 2)));
        assertEquals("2.5", text(o -> o.writeDecimal(2.5, 1)));
    }

    @Test
    void scientificColumnsKeepTheirSignificantDigits() {
        assertEquals("1.25E-9", text(o -> o.writeDecimal(1.2499999e-9, -3)));
        assertEquals("5E-320", text(o -> o.writeScientific(4.9999e-320, 2)));
        assertEquals("-1.8E308", text(o -> o.writeScientific(-Double.MAX_VALUE, 2)));
        assertEquals("0", text(o -> o.writeScientific(0, 4)));
        assertEquals("1.5E3", text(o -> o.writeScientific(1500, 4)));
    }

    @Test
    void interpolationAcrossTheWholeRangeStaysFinite() {
        assertEquals(-Double.MAX_VALUE, Numbers.between(-Double.MAX_VALUE, Double.MAX_VALUE, 0));
        assertEquals(0, Numbers.between(-Double.MAX_VALUE, Double.MAX_VALUE, 0.5));
        assertEquals(Double.MAX_VALUE, Numbers.between(-Double.MAX_VALUE, Double.MAX_VALUE, 1));
        assertEquals(2.5, Numbers.between(2, 3, 0.5));
    }
}
