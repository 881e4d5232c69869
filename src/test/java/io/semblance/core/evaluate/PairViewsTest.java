// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.evaluate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.semblance.core.model.ColumnMeta;
import io.semblance.core.model.ColumnRole;
import io.semblance.core.model.Dataset;
import io.semblance.core.model.Metadata;
import io.semblance.core.model.SdType;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The pair views the Compare step draws: scatter samples and contingency shares worked out by hand. */
class PairViewsTest {
    private static final Metadata META = new Metadata(List.of(ColumnMeta.of("x", SdType.NUMERICAL),
            ColumnMeta.of("y", SdType.NUMERICAL), ColumnMeta.of("c", SdType.CATEGORICAL),
            ColumnMeta.of("d", SdType.CATEGORICAL), ColumnMeta.of("id", SdType.CATEGORICAL)
                    .withRole(ColumnRole.IDENTIFIER)), null);

    private static Dataset table(String[] x, String[] y, String[] c, String[] d) {
        String[] id = new String[x.length];
        Arrays.setAll(id, i -> "r" + i);
        return new Dataset("t", List.of("x", "y", "c", "d", "id"), new String[][]{x, y, c, d, id}, List.of());
    }

    private static String[] numbers(int n, int offset) {
        String[] out = new String[n];
        Arrays.setAll(out, i -> Integer.toString(i + offset));
        return out;
    }

    @Test
    void twoNumericColumnsGiveEveryPairedPointOfASmallTableInOrder() {
        Dataset real = table(new String[]{"1", "2", null, "4"}, new String[]{"10", "20", "30", "40"},
                new String[]{"a", "a", "b", "b"}, new String[]{"u", "v", "u", "v"});
        Dataset syn = table(new String[]{"5", "6"}, new String[]{"50", null}, new String[]{"a", "b"},
                new String[]{"u", "u"});
        PairView.Scatter s = assertInstanceOf(PairView.Scatter.class, PairViews.compute(real, syn, META, "x", "y", 1));
        assertArrayEquals(new double[]{1, 2, 4}, s.realX());
        assertArrayEquals(new double[]{10, 20, 40}, s.realY());
        assertArrayEquals(new double[]{5}, s.syntheticX());
        assertArrayEquals(new double[]{50}, s.syntheticY());
        assertEquals(3, s.realRows());
        assertEquals(1, s.syntheticRows());
    }

    @Test
    void aLargeTableIsSampledToTheCapUnderTheSeed() {
        int n = 5000;
        String[] c = new String[n];
        Arrays.fill(c, "a");
        Dataset real = table(numbers(n, 0), numbers(n, 100_000), c, c);
        PairView.Scatter one = (PairView.Scatter) PairViews.compute(real, real, META, "x", "y", 7);
        PairView.Scatter again = (PairView.Scatter) PairViews.compute(real, real, META, "x", "y", 7);
        PairView.Scatter other = (PairView.Scatter) PairViews.compute(real, real, META, "x", "y", 8);
        assertEquals(PairViews.MAX_POINTS, one.realX().length);
        assertEquals(n, one.realRows());
        assertArrayEquals(one.realX(), again.realX());
        assertFalse(Arrays.equals(one.realX(), other.realX()), "another seed draws other points");
        assertFalse(Arrays.equals(one.realX(), one.syntheticX()), "each table has its own draw");
        for (int i = 0; i < one.realX().length; i++) {
            assertEquals(one.realX()[i] + 100_000, one.realY()[i], "points are whole rows");
            assertTrue(i == 0 || one.realX()[i] > one.realX()[i - 1], "table order, no repeats");
        }
        assertTrue(one.realX()[0] < 100 && one.realX()[PairViews.MAX_POINTS - 1] > n - 100, "drawn across the table");
    }

    @Test
    void twoCategoricalColumnsGiveJointSharesByRealFrequencyWithMissingLast() {
        Dataset real = table(numbers(4, 0), numbers(4, 0), new String[]{"b", "b", "a", null},
                new String[]{"u", "v", "u", "u"});
        Dataset syn = table(numbers(2, 0), numbers(2, 0), new String[]{"a", "b"}, new String[]{"v", "v"});
        PairView.Contingency t = assertInstanceOf(PairView.Contingency.class,
                PairViews.compute(real, syn, META, "c", "d", 1));
        assertEquals(List.of("b", "a", "Missing"), t.rowLabels());
        assertEquals(List.of("u", "v"), t.columnLabels());
        assertArrayEquals(new double[]{0.25, 0.25}, t.real()[0], 1e-12);
        assertArrayEquals(new double[]{0.25, 0}, t.real()[1], 1e-12);
        assertArrayEquals(new double[]{0.25, 0}, t.real()[2], 1e-12);
        assertArrayEquals(new double[]{0, 0.5}, t.synthetic()[0], 1e-12);
        assertArrayEquals(new double[]{0, 0.5}, t.synthetic()[1], 1e-12);
        assertArrayEquals(new double[]{0, 0}, t.synthetic()[2], 1e-12);
    }

    @Test
    void aNumericColumnBesideACategoryFallsIntoTenBinsOverBothTables() {
        Dataset real = table(new String[]{"0", "10", "49.9", "50"}, numbers(4, 0), new String[]{"a", "a", "b", "b"},
                new String[]{"u", "u", "u", "u"});
        Dataset syn = table(new String[]{"100", "0"}, numbers(2, 0), new String[]{"a", "b"}, new String[]{"u", "u"});
        PairView.Contingency t = (PairView.Contingency) PairViews.compute(real, syn, META, "x", "c", 1);
        assertEquals(10, t.rowLabels().size());
        assertEquals("0 – 10", t.rowLabels().get(0));
        assertEquals("90 – 100", t.rowLabels().get(9));
        assertEquals(0.25, t.real()[0][0], 1e-12, "0 in the first bin");
        assertEquals(0.25, t.real()[1][0], 1e-12, "10 opens the second bin");
        assertEquals(0.25, t.real()[4][1], 1e-12, "49.9 in 40–50");
        assertEquals(0.25, t.real()[5][1], 1e-12, "50 opens 50–60");
        assertEquals(0.5, t.synthetic()[9][0], 1e-12, "the maximum stays in the last bin");
    }

    @Test
    void aFewWholeNumbersAreLevelsOfTheirOwnInAscendingOrder() {
        Dataset real = table(new String[]{"3", "1", "1", null}, numbers(4, 0), new String[]{"a", "b", "a", "b"},
                new String[]{"u", "u", "u", "u"});
        Dataset syn = table(new String[]{"2", "1"}, numbers(2, 0), new String[]{"a", "a"}, new String[]{"u", "u"});
        PairView.Contingency t = (PairView.Contingency) PairViews.compute(real, syn, META, "x", "c", 1);
        assertEquals(List.of("1", "2", "3", "Missing"), t.rowLabels());
        assertArrayEquals(new double[]{0.25, 0.25}, t.real()[0], 1e-12);
        assertArrayEquals(new double[]{0, 0}, t.real()[1], 1e-12);
        assertArrayEquals(new double[]{0.25, 0}, t.real()[2], 1e-12);
        assertArrayEquals(new double[]{0, 0.25}, t.real()[3], 1e-12);
        assertArrayEquals(new double[]{0.5, 0}, t.synthetic()[1], 1e-12);
    }

    @Test
    void binEdgesAreShortText() {
        BinLabels numbers = new BinLabels(ColumnMeta.of("x", SdType.NUMERICAL), 7.3);
        assertEquals("24.3", numbers.edge(24.31));
        assertEquals("9,999.0", numbers.edge(9999));
        assertEquals("13.8k", numbers.edge(13_769));
        assertEquals("161k", numbers.edge(160_863));
        assertEquals("-1.34M", numbers.edge(-1_337_000));
        assertEquals("0.050", new BinLabels(ColumnMeta.of("x", SdType.NUMERICAL), 0.05).edge(0.05));
        BinLabels dates = new BinLabels(ColumnMeta.of("d", SdType.DATETIME).withDatetimeFormat("%Y-%m-%d"), 86_400);
        assertEquals("2024-03-01", dates.edge(1_709_251_200));
    }

    @Test
    void rareCategoriesArePooled() {
        int n = 14;
        String[] c = new String[n];
        Arrays.setAll(c, i -> "k" + (i < 3 ? 0 : i));
        String[] u = new String[n];
        Arrays.fill(u, "u");
        Dataset real = table(numbers(n, 0), numbers(n, 0), c, u);
        PairView.Contingency t = (PairView.Contingency) PairViews.compute(real, real, META, "c", "d", 1);
        assertEquals(10, t.rowLabels().size());
        assertEquals("k0", t.rowLabels().get(0));
        assertEquals("Other (3)", t.rowLabels().get(9));
        assertEquals(3.0 / n, t.real()[9][0], 1e-12);
        assertEquals(1.0, Arrays.stream(t.real()).flatMapToDouble(Arrays::stream).sum(), 1e-12);
    }

    @Test
    void columnsThatAreNotComparedAreNamed() {
        Dataset t = table(numbers(2, 0), numbers(2, 0), new String[]{"a", "b"}, new String[]{"u", "v"});
        assertTrue(assertThrows(IllegalArgumentException.class, () -> PairViews.compute(t, t, META, "x", "id", 1))
                .getMessage().contains("\"id\""));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> PairViews.compute(t, t, META, "zz", "x", 1))
                .getMessage().contains("\"zz\""));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> PairViews.compute(t, t, META, "x", "x", 1))
                .getMessage().contains("\"x\" twice"));
    }

    @Test
    void theDifferenceMatrixIsSyntheticMinusRealAndKeepsUndefinedCells() {
        ChartData.AssociationMatrix m = new ChartData.AssociationMatrix(List.of("p", "q"),
                new double[][]{{1, 0.6}, {0.6, Double.NaN}}, new double[][]{{1, -0.2}, {-0.2, 0.3}});
        double[][] d = m.difference();
        assertEquals(0, d[0][0], 1e-12);
        assertEquals(-0.8, d[0][1], 1e-12);
        assertEquals(-0.8, d[1][0], 1e-12);
        assertTrue(Double.isNaN(d[1][1]));
    }
}
