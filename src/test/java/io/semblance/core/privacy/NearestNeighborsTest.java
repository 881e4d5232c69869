// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.privacy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.semblance.core.evaluate.EncodedTable;
import io.semblance.core.job.Cancellation;
import io.semblance.core.job.CancelledException;
import io.semblance.core.job.ProgressListener;
import io.semblance.core.model.Dataset;
import io.semblance.core.model.Metadata;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The fast search against a plain double loop over all pairs, on random tables with missing values and ties. */
class NearestNeighborsTest {

    /** A random table: numbers with few distinct values (ties), a constant column, categories, 15% missing. */
    static Dataset random(Random rnd, int rows, String header) {
        String[] cols = header.split(",");
        String[] lines = new String[rows];
        for (int r = 0; r < rows; r++) {
            List<String> f = new ArrayList<>();
            for (String c : cols) {
                String v = switch (c.charAt(0)) {
                    case 'x' -> String.format(Locale.ROOT, "%.3f", rnd.nextGaussian() * 10);
                    case 'y' -> String.valueOf(rnd.nextInt(5));
                    case 'k' -> "3";
                    case 'c' -> "v" + rnd.nextInt(3);
                    default -> "w" + rnd.nextInt(12);
                };
                f.add(rnd.nextInt(100) < 15 ? "" : v);
            }
            lines[r] = String.join(",", f);
        }
        return Tables.rows(header, lines);
    }

    static Metadata metaFor(String header) {
        List<String> spec = new ArrayList<>();
        for (String c : header.split(",")) {
            spec.add(c + (c.charAt(0) == 'c' || c.charAt(0) == 'w' ? ":c" : ":n"));
        }
        return Tables.meta(spec.toArray(String[]::new));
    }

    /** Nearest and second-nearest by trying every pair. */
    static double[][] bruteForce(EncodedTable q, EncodedTable r, RowDistance d, boolean excludeSelf) {
        double[][] out = new double[2][q.rows()];
        for (int i = 0; i < q.rows(); i++) {
            double b1 = Double.POSITIVE_INFINITY;
            double b2 = Double.POSITIVE_INFINITY;
            for (int j = 0; j < r.rows(); j++) {
                if (excludeSelf && i == j) {
                    continue;
                }
                double s = d.distance(q, i, r, j);
                if (s < b1) {
                    b2 = b1;
                    b1 = s;
                } else if (s < b2) {
                    b2 = s;
                }
            }
            out[0][i] = b1;
            out[1][i] = b2;
        }
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {"x1,y1,k1,c1,w1,x2", "c1,c2,w1", "x1,x2,y1", "y1,c1,x1,w1,w2,c2,x2,k1,x3"})
    void equalsBruteForceForEveryThreadCount(String header) {
        Random rnd = new Random(header.hashCode());
        Metadata meta = metaFor(header);
        EncodedTable[] t = Tables.encode(meta, random(rnd, 700, header), random(rnd, 333, header));
        EncodedTable ref = t[0];
        EncodedTable query = t[1];
        RowDistance d = new RowDistance(ref);
        double[][] expected = bruteForce(query, ref, d, false);
        double[][] self = bruteForce(ref, ref, d, true);
        NearestNeighbors.Result first = null;
        for (int threads : new int[]{1, 2, 3, 8}) {
            NearestNeighbors nn = new NearestNeighbors(threads);
            NearestNeighbors.Result both = nn.search(query, ref, d, true, false, ProgressListener.NONE,
                    Cancellation.NEVER);
            assertArrayEquals(expected[0], both.nearest(), 1e-12, threads + " threads, nearest");
            assertArrayEquals(expected[1], both.second(), 1e-12, threads + " threads, second");
            NearestNeighbors.Result one = nn.search(query, ref, d, false, false, ProgressListener.NONE,
                    Cancellation.NEVER);
            assertArrayEquals(expected[0], one.nearest(), 1e-12);
            assertNull(one.second());
            NearestNeighbors.Result other = nn.search(ref, ref, d, true, true, ProgressListener.NONE,
                    Cancellation.NEVER);
            assertArrayEquals(self[0], other.nearest(), 1e-12, threads + " threads, other row");
            assertArrayEquals(self[1], other.second(), 1e-12);
            if (first == null) {
                first = both;
            } else {
                assertArrayEquals(first.nearest(), both.nearest(), 0.0, "identical for any thread count");
                assertArrayEquals(first.second(), both.second(), 0.0);
            }
        }
    }

    @Test
    void emptyReferenceGivesInfinityAndProgressEndsAtOne() {
        String header = "x1,c1";
        Random rnd = new Random(5);
        EncodedTable[] t = Tables.encode(metaFor(header), random(rnd, 600, header), random(rnd, 0, header));
        AtomicReference<Double> last = new AtomicReference<>(-1.0);
        NearestNeighbors.Result r = new NearestNeighbors(2).search(t[0], t[1], new RowDistance(t[1]), true, false,
                (f, m) -> last.set(f), Cancellation.NEVER);
        assertEquals(Double.POSITIVE_INFINITY, r.nearest()[0]);
        assertEquals(Double.POSITIVE_INFINITY, r.second()[599]);
        assertEquals(1.0, last.get(), 0);
        // a single reference row: no second neighbour
        EncodedTable one = Tables.encode(metaFor(header), Tables.rows(header, "1,v1"))[0];
        NearestNeighbors.Result s = new NearestNeighbors(1).search(one, one, new RowDistance(one), true, true,
                ProgressListener.NONE, Cancellation.NEVER);
        assertEquals(Double.POSITIVE_INFINITY, s.nearest()[0]);
    }

    @Test
    void stopsWhenCancelled() {
        String header = "x1,c1";
        EncodedTable t = Tables.encode(metaFor(header), random(new Random(6), 2000, header))[0];
        Cancellation cancel = new Cancellation();
        NearestNeighbors nn = new NearestNeighbors(2);
        RowDistance d = new RowDistance(t);
        assertThrows(CancelledException.class, () -> nn.search(t, t, d, true, false, (f, m) -> {
            if (f > 0.2) {
                cancel.cancel();
            }
        }, cancel));
        EncodedTable other = Tables.encode(metaFor(header), random(new Random(7), 3, header))[0];
        assertThrows(IllegalArgumentException.class,
                () -> nn.search(t, other, d, true, true, ProgressListener.NONE, Cancellation.NEVER));
    }

    @Test
    void sortingTheRowsStopsWhenCancelled() {
        Random rnd = new Random(8);
        int rows = 200_000;
        double[][] kernel = new double[2][rows];
        for (int i = 0; i < rows; i++) {
            kernel[0][i] = rnd.nextInt(3);
            kernel[1][i] = rnd.nextDouble();
        }
        Cancellation cancelled = new Cancellation();
        cancelled.cancel();
        assertThrows(CancelledException.class, () -> NeighbourIndex.sortedRows(kernel, rows, 1, cancelled),
                "a sort of many rows checks for cancellation while it runs");
        int[] order = NeighbourIndex.sortedRows(kernel, rows, 1, Cancellation.NEVER);
        for (int i = 1; i < rows; i++) {
            int a = order[i - 1];
            int b = order[i];
            boolean inOrder = kernel[0][a] < kernel[0][b] || kernel[0][a] == kernel[0][b]
                    && (kernel[1][a] < kernel[1][b] || kernel[1][a] == kernel[1][b] && a < b);
            assertEquals(true, inOrder, "rows " + a + " and " + b);
        }
    }
}
