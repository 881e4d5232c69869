// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui.synthesize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SynthesisRequestTest {
    private static final Path OUT = Path.of("out.csv");

    @Test
    void readsTheFields() {
        assertEquals(new SynthesisRequest(32561, -5, OUT, true), SynthesisRequest.parse(" 32,561 ", "-5", OUT, true));
    }

    @Test
    void explainsWhatIsWrongInOneLine() {
        assertEquals("Rows must be a whole number of at least 1, not \"0\".",
                assertThrows(IllegalArgumentException.class, () -> SynthesisRequest.parse("0", "1", OUT, false))
                        .getMessage());
        assertEquals("Rows must be a whole number of at least 1, not \"many\".",
                assertThrows(IllegalArgumentException.class, () -> SynthesisRequest.parse("many", "1", OUT, false))
                        .getMessage());
        assertEquals("The seed must be a whole number, not \"1.5\".",
                assertThrows(IllegalArgumentException.class, () -> SynthesisRequest.parse("10", "1.5", OUT, false))
                        .getMessage());
        assertEquals("Choose an output file first.",
                assertThrows(IllegalArgumentException.class, () -> SynthesisRequest.parse("10", "1", null, false))
                        .getMessage());
    }
}
