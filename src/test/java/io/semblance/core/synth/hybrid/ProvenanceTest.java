// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.synth.hybrid;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.semblance.core.model.Dataset;
import io.semblance.core.privacy.Tables;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading a provenance file back, and the one-sentence refusals of one that does not fit. */
class ProvenanceTest {
    private static Dataset file(String... lines) {
        return Tables.rows("row,source,real_row", lines);
    }

    private static String refusal(Dataset d, int syntheticRows, int realRows) {
        return assertThrows(IllegalArgumentException.class, () -> Provenance.read(d, syntheticRows, realRows))
                .getMessage();
    }

    @Test
    void readsWhatSynthWrites() {
        Provenance p = Provenance.read(file("1,hybrid,7", "2,synthetic,", "3,hybrid,1"), 3, 10);
        assertEquals(3, p.rows());
        assertEquals(2, p.realBasedRows());
        assertArrayEquals(new int[]{0, 2}, p.outputRows(true));
        assertArrayEquals(new int[]{1}, p.outputRows(false));
        assertArrayEquals(new int[]{6, 0}, p.sourceRows());
        assertEquals(-1, p.realRow(1));
    }

    @Test
    void refusesAProvenanceThatDoesNotFit() {
        assertEquals("the provenance file describes 2 rows but the synthetic table has 3: give the provenance written"
                + " with this synthetic table", refusal(file("1,hybrid,7", "2,synthetic,"), 3, 10));
        assertEquals("provenance line 3: real_row \"11\" is not a data row of the real table (1 to 10): give the real"
                + " table synth read", refusal(file("1,synthetic,", "2,hybrid,11"), 2, 10));
        assertEquals("provenance line 2: expected source \"hybrid\" with a real_row, or \"synthetic\" without one;"
                + " got \"real\" and \"3\"", refusal(file("1,real,3"), 1, 10));
        assertEquals("provenance line 3: row is \"3\", expected 2 (the lines must follow the synthetic table's rows)",
                refusal(file("1,synthetic,", "3,synthetic,"), 2, 10));
        Dataset other = Dataset.ofRows("x.csv", List.of("a", "b"), List.<String[]>of(new String[]{"1", "2"}), List.of());
        assertEquals("the provenance file needs the columns source and real_row, as synth --provenance-out writes"
                + " them; it has a, b", refusal(other, 1, 10));
        assertThrows(IllegalArgumentException.class, () -> Provenance.of(new int[]{0, -2}));
    }
}
