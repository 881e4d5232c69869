// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The fast number parser gives what {@link Double#parseDouble} gives, whatever the number of decimals. */
class NumbersTest {
    @ParameterizedTest
    @ValueSource(strings = {"0", "-12", "3.50", " 7 ", "+0.5", "123456789012345", "1234567890123456789",
            "0.000000000000000001", "0.0000000000000000001", "0.00000000000000000000012",
            "000000.000000000000000000000000000000000000000000000000000000000000010", "-0.0000000000000000000000000001",
            "1.000000000000000000000000001", "1e6", "2.5E-30"})
    void agreesWithTheJdk(String text) {
        assertEquals(Double.parseDouble(text.strip()), Numbers.parse(text), 0.0, text);
    }
}
