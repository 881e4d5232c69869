// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.privacy.disclosure;

import static io.semblance.core.privacy.disclosure.Tables.row;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.semblance.core.evaluate.EncodedTable;
import io.semblance.core.evaluate.TableEncoder;
import io.semblance.core.model.Dataset;
import io.semblance.core.model.Metadata;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Binning and tuple keys, worked out by hand. */
class QiCodingTest {

    @Test
    void numericColumnIsCutIntoTenBinsOfTheRealRange() {
        Metadata meta = Tables.meta("qi:age:n", "sex");
        // Real range 0..100: bins of width 10, closed on the right ((0,10], (10,20], ...), the first takes 0.
        EncodedTable[] t = Tables.encode(meta,
                new String[][]{row("0", "F"), row("10", "F"), row("25", "M"), row("50", "M"), row("99", "F"), row("100", "M")},
                new String[][]{row("-5", "F"), row("10.5", "M"), row("150", "F"), row(null, "M"), row("50", "F"), row("24", "M")});
        QiCoding coding = QiCoding.of(t[0], List.of("age"));
        // code = bin + 1; 0 = missing. 10 sits on the first edge, so it stays in bin 0; 50 on the fifth: bin 4.
        assertArrayEquals(new int[]{1, 1, 3, 5, 10, 10}, coding.codes(t[0], 0));
        // Synthetic values outside the real range go to the end bins; missing is its own code.
        assertArrayEquals(new int[]{1, 2, 10, 0, 5, 3}, coding.codes(t[1], 0));
        assertEquals(4, coding.distinct(t[0], 0));
        assertEquals(6, coding.distinct(t[1], 0));
    }

    @Test
    void edgesComeFromTheRealTableOnly() {
        Metadata meta = Tables.meta("x:n");
        EncodedTable[] t = Tables.encode(meta, new String[][]{row("0"), row("10")},
                new String[][]{row("0"), row("1000")});
        QiCoding coding = QiCoding.of(t[0], List.of("x"));
        // Edges 1, 2, ..., 9 from the real range 0..10; 1000 falls in the last bin like the real 10.
        assertArrayEquals(new int[]{1, 10}, coding.codes(t[1], 0));
        QiCoding.Keys k = coding.keys(t[0], t[1]);
        assertArrayEquals(k.keys()[0], k.keys()[1]);
        assertEquals(2, k.distinct());
    }

    @Test
    void realSyntheticAndHoldoutShareOneKeySpace() {
        Metadata meta = Tables.meta("sex", "age:n");
        Dataset real = Tables.dataset(meta, new String[][]{row("F", "20"), row("M", "60")});
        Dataset syn = Tables.dataset(meta, new String[][]{row("M", "61"), row("F", "90")});
        Dataset holdout = Tables.dataset(meta, new String[][]{row("F", "21"), row("X", "20")});
        TableEncoder enc = new TableEncoder(meta, real, syn, holdout);
        EncodedTable t = enc.encode(real);
        EncodedTable s = enc.encode(syn);
        EncodedTable h = enc.encode(holdout);
        // Real age 20..60, bins of 4: 60 and 61 share the last bin; 20 and 21 the first; 90 the last.
        QiCoding.Keys k = QiCoding.of(t, List.of("sex", "age")).keys(t, s, h);
        assertEquals(k.keys()[0][1], k.keys()[1][0]);
        assertEquals(k.keys()[0][0], k.keys()[2][0]);
        assertNotEquals(k.keys()[0][0], k.keys()[1][1]);
        assertEquals(4, k.distinct());
    }

    @Test
    void constantAndAllMissingColumns() {
        Metadata meta = Tables.meta("c:n", "m:n");
        EncodedTable[] t = Tables.encode(meta, new String[][]{row("7", null), row("7", null)},
                new String[][]{row("6", "1"), row("8", null)});
        QiCoding coding = QiCoding.of(t[0], List.of("c", "m"));
        int[] real = coding.codes(t[0], 0);
        assertEquals(real[0], real[1]);
        assertArrayEquals(new int[]{1, 10}, coding.codes(t[1], 0));
        // No real value at all: every present value shares one code, missing keeps 0.
        assertArrayEquals(new int[]{0, 0}, coding.codes(t[0], 1));
        assertArrayEquals(new int[]{1, 0}, coding.codes(t[1], 1));
    }

    @Test
    void categoricalMissingIsItsOwnValueAndKeysMatchAcrossTables() {
        Metadata meta = Tables.meta("sex", "zip");
        EncodedTable[] t = Tables.encode(meta,
                new String[][]{row("F", "100"), row("F", null), row("M", "100"), row("F", "100")},
                new String[][]{row("F", null), row("M", "200"), row("F", "100")});
        QiCoding.Keys k = QiCoding.of(t[0], List.of("sex", "zip")).keys(t[0], t[1]);
        int[] r = k.keys()[0];
        int[] s = k.keys()[1];
        assertEquals(r[0], r[3]);
        assertNotEquals(r[0], r[1]);
        assertEquals(r[1], s[0]);
        assertEquals(r[0], s[2]);
        assertTrue(s[1] != r[0] && s[1] != r[1] && s[1] != r[2]);
        assertEquals(4, k.distinct());
    }

    @Test
    void manyWideColumnsDoNotOverflowTheKey() {
        // 20 columns of 1,000 categories: the product of radices overflows a long, keys must stay exact.
        int cols = 20;
        String[] specs = new String[cols];
        String[][] real = new String[1000][cols];
        for (int c = 0; c < cols; c++) {
            specs[c] = "c" + c;
            for (int r = 0; r < 1000; r++) {
                real[r][c] = Integer.toString((r * (c + 1)) % 1000);
            }
        }
        Metadata meta = Tables.meta(specs);
        EncodedTable[] t = Tables.encode(meta, real, new String[][]{real[3].clone(), real[998].clone()});
        QiCoding.Keys k = QiCoding.of(t[0], meta.names()).keys(t[0], t[1]);
        assertEquals(1000, k.distinct());
        assertEquals(k.keys()[0][3], k.keys()[1][0]);
        assertEquals(k.keys()[0][998], k.keys()[1][1]);
    }

    @Test
    void unknownColumnsAreNamed() {
        Metadata meta = Tables.meta("a");
        EncodedTable[] t = Tables.encode(meta, new String[][]{row("x")}, new String[][]{row("y")});
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> QiCoding.of(t[0], List.of("a", "zip", "dob")));
        assertTrue(e.getMessage().contains("zip") && e.getMessage().contains("dob"), e.getMessage());
    }
}
