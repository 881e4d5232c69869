// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.synth.cart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.semblance.core.io.ByteOut;
import io.semblance.core.job.Cancellation;
import io.semblance.core.job.ProgressListener;
import io.semblance.core.model.ColumnMeta;
import io.semblance.core.model.Dataset;
import io.semblance.core.model.Metadata;
import io.semblance.core.model.SdType;
import io.semblance.core.synth.FittedModel;
import io.semblance.core.synth.fake.FakeGenerators;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A ten-row table worked out by hand: g has two levels, so it is visited first; y is 1..5 when g = a and 10..14
 * when g = b. With leaves of at least 5 rows the tree of y has exactly one split, on g, and each leaf keeps the
 * five values of its level.
 */
class CartKnownAnswerTest {
    private static final String[][] ROWS = {
        {"k1", "a", "1"}, {"k2", "b", "10"}, {"k3", "a", "2"}, {"k4", "b", "11"}, {"k5", "a", "3"},
        {"k6", "b", "12"}, {"k7", "a", "4"}, {"k8", "b", "13"}, {"k9", "a", "5"}, {"k10", "b", "14"},
    };

    static Dataset table() {
        List<String[]> rows = new ArrayList<>();
        for (String[] r : ROWS) {
            rows.add(r.clone());
        }
        return Dataset.ofRows("tiny", List.of("id", "g", "y"), rows, List.of());
    }

    static Metadata meta() {
        return new Metadata(List.of(ColumnMeta.of("id", SdType.ID), ColumnMeta.of("g", SdType.CATEGORICAL),
                ColumnMeta.of("y", SdType.NUMERICAL).withInteger(true)), null);
    }

    private static CartModel fit(boolean smoothing) {
        return new CartSynthesizer(new FakeGenerators(Locale.US), new CartOptions(5, smoothing, List.of()))
                .fit(table(), meta(), 1, ProgressListener.NONE, Cancellation.NEVER);
    }

    @Test
    void oneSplitOnTheCategoryAndFiveDonorsPerLeaf() {
        CartModel m = fit(false);
        assertEquals(List.of("g", "y"), m.visitSequence());
        ColumnTree first = m.tree(0);
        assertEquals(1, first.tree().nodeCount());
        int[][] counts = ((CategoricalLeaves) first.leaves()).counts(0);
        assertArrayEquals(new int[][]{{0, 5}, {1, 5}}, counts);

        ColumnTree y = m.tree(1);
        assertEquals(3, y.tree().nodeCount());
        assertEquals(0, y.tree().splitFeature(0));
        NumericLeaves leaves = (NumericLeaves) y.leaves();
        Set<List<Double>> donors = new HashSet<>();
        for (int leaf = 0; leaf < 2; leaf++) {
            List<Double> d = new ArrayList<>();
            for (double v : leaves.donors(leaf)) {
                d.add(v);
            }
            donors.add(d);
            assertEquals(0, leaves.bandwidth(leaf));
        }
        assertEquals(Set.of(List.of(1.0, 2.0, 3.0, 4.0, 5.0), List.of(10.0, 11.0, 12.0, 13.0, 14.0)), donors);
    }

    @Test
    void sampledRowsKeepTheLinkAndGenerateTheKeys() {
        for (boolean smoothing : new boolean[]{false, true}) {
            List<String[]> rows = sample(fit(smoothing), 3, 2000);
            Set<String> ids = new HashSet<>();
            int a = 0;
            for (String[] r : rows) {
                int y = Integer.parseInt(r[2]);
                assertTrue(r[1].equals("a") ? y >= 1 && y <= 14 : y >= 1 && y <= 14, String.join(",", r));
                if (!smoothing) {
                    assertTrue(r[1].equals("a") ? y <= 5 : y >= 10, String.join(",", r));
                }
                a += r[1].equals("a") ? 1 : 0;
                assertTrue(!r[0].matches("k([1-9]|10)"), "a real key was copied: " + r[0]);
                ids.add(r[0]);
            }
            assertEquals(2000, ids.size());
            assertEquals(0.5, a / 2000.0, 0.05);
        }
    }

    @Test
    void smoothingUsesTheLeafBandwidth() {
        NumericLeaves leaves = (NumericLeaves) fit(true).tree(1).leaves();
        double expected = 0.9 * Math.min(Math.sqrt(2.5), 2 / 1.34) * Math.pow(5, -0.2);
        assertEquals(expected, leaves.bandwidth(0), 1e-12);
        assertEquals(expected, leaves.bandwidth(1), 1e-12);
    }

    @Test
    void visitSequenceCanBeGivenAndNamesOnlyModelledColumns() {
        CartModel m = new CartSynthesizer(new FakeGenerators(Locale.US), new CartOptions(5, true, List.of("y")))
                .fit(table(), meta(), 1, ProgressListener.NONE, Cancellation.NEVER);
        assertEquals(List.of("y", "g"), m.visitSequence());
        IllegalArgumentException generated = assertThrows(IllegalArgumentException.class, () -> new CartSynthesizer(
                new FakeGenerators(Locale.US), new CartOptions(5, true, List.of("id"))).fit(table(), meta(), 1,
                ProgressListener.NONE, Cancellation.NEVER));
        assertEquals("the visit sequence names \"id\", an identifier or personal-data column, which is generated"
                + " rather than modelled; name only modelled columns", generated.getMessage());
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> new CartSynthesizer(
                new FakeGenerators(Locale.US), new CartOptions(5, true, List.of("g", "h"))).fit(table(), meta(), 1,
                ProgressListener.NONE, Cancellation.NEVER));
        assertEquals("the visit sequence names \"h\", which is not a column of the table", unknown.getMessage());
        IllegalArgumentException twice = assertThrows(IllegalArgumentException.class, () -> new CartSynthesizer(
                new FakeGenerators(Locale.US), new CartOptions(5, true, List.of("g", "g"))).fit(table(), meta(), 1,
                ProgressListener.NONE, Cancellation.NEVER));
        assertEquals("the visit sequence names \"g\" twice", twice.getMessage());
    }

    static List<String[]> sample(FittedModel m, long seed, int n) {
        ByteOut out = new ByteOut(1 << 16);
        m.writeChunk(seed, 0, n, out);
        String text = new String(out.array(), 0, out.size(), StandardCharsets.UTF_8);
        List<String[]> rows = new ArrayList<>();
        for (String line : text.split("\n")) {
            rows.add(line.split(",", -1));
        }
        return rows;
    }
}
