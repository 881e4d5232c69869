// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.evaluate.utility;

import io.semblance.Fixtures;
import io.semblance.core.evaluate.EncodedTable;
import io.semblance.core.evaluate.TableEncoder;
import io.semblance.core.io.TableReaders;
import io.semblance.core.model.ColumnMeta;
import io.semblance.core.model.Dataset;
import io.semblance.core.model.Metadata;
import io.semblance.core.model.SdType;
import io.semblance.core.profile.Profiler;
import io.semblance.core.job.Cancellation;
import io.semblance.core.job.ProgressListener;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Small tables built by hand and slices of the adult sample, encoded for the utility metrics. */
final class TestTables {
    private TestTables() {
    }

    /** Columns given as text (null = missing); names ending in "#" are numerical (the "#" is dropped). */
    static EncodedTable[] encode(String[] names, String[][]... tables) {
        List<ColumnMeta> cols = new ArrayList<>();
        List<String> clean = new ArrayList<>();
        for (String n : names) {
            boolean num = n.endsWith("#");
            String name = num ? n.substring(0, n.length() - 1) : n;
            clean.add(name);
            cols.add(ColumnMeta.of(name, num ? SdType.NUMERICAL : SdType.CATEGORICAL));
        }
        Metadata meta = new Metadata(cols, null);
        Dataset[] ds = new Dataset[tables.length];
        for (int i = 0; i < tables.length; i++) {
            ds[i] = new Dataset("t" + i, clean, tables[i], List.of());
        }
        TableEncoder enc = new TableEncoder(meta, ds);
        EncodedTable[] out = new EncodedTable[ds.length];
        for (int i = 0; i < ds.length; i++) {
            out[i] = enc.encode(ds[i]);
        }
        return out;
    }

    /** A sample table and its detected metadata (PII detection off). */
    record Sample(Dataset data, Metadata meta) {
        static Sample adult() {
            return load(Fixtures.ADULT);
        }

        static Sample load(Fixtures fixture) {
            try {
                Dataset d = TableReaders.read(fixture.path());
                Metadata m = Profiler.metadata(Profiler.withoutPii().profile(d, ProgressListener.NONE, Cancellation.NEVER));
                return new Sample(d, m);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        /** The rows in a seeded random order. */
        int[] shuffledRows(long seed) {
            return permutation(data.rowCount(), new SplittableRandom(seed));
        }

        /** The rows listed, with every column independently shuffled (marginals kept, dependencies destroyed). */
        Dataset shuffledColumns(int[] rows, long seed) {
            Dataset d = data.selectRows(rows);
            SplittableRandom rnd = new SplittableRandom(seed);
            String[][] cols = new String[d.columnCount()][];
            for (int c = 0; c < cols.length; c++) {
                int[] p = permutation(d.rowCount(), rnd);
                cols[c] = new String[p.length];
                for (int i = 0; i < p.length; i++) {
                    cols[c][i] = d.value(p[i], c);
                }
            }
            return new Dataset("shuffled", d.names(), cols, List.of());
        }

        /** Encodes the tables on one schema. */
        EncodedTable[] encode(Dataset... tables) {
            TableEncoder enc = new TableEncoder(meta, tables);
            EncodedTable[] out = new EncodedTable[tables.length];
            for (int i = 0; i < tables.length; i++) {
                out[i] = enc.encode(tables[i]);
            }
            return out;
        }
    }

    static int[] permutation(int n, SplittableRandom rnd) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            int t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
        return p;
    }

    static int[] range(int from, int to) {
        int[] r = new int[to - from];
        for (int i = 0; i < r.length; i++) {
            r[i] = from + i;
        }
        return r;
    }
}
