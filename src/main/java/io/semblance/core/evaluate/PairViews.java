// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.evaluate;

import io.semblance.core.model.ColumnMeta;
import io.semblance.core.model.Dataset;
import io.semblance.core.model.Metadata;
import io.semblance.core.synth.Seeds;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/** Computes the {@link PairView} of two evaluated columns of a real and a synthetic table. */
public final class PairViews {
    /** Most points drawn from each table for a scatter. */
    public static final int MAX_POINTS = 2000;
    private static final long STREAM = 0x5CA7;

    private PairViews() {
    }

    /**
     * The view of columns {@code a} and {@code b} (two different numerical, datetime, categorical or boolean columns
     * of the metadata, present in both tables); {@code seed} fixes which points a scatter shows. Throws
     * IllegalArgumentException naming a column that is unknown, not compared, or given twice.
     */
    public static PairView compute(Dataset real, Dataset synthetic, Metadata meta, String a, String b, long seed) {
        if (a.equals(b)) {
            throw new IllegalArgumentException("a pair needs two different columns, not \"" + a + "\" twice");
        }
        Metadata pair = new Metadata(List.of(compared(meta, a, real, synthetic), compared(meta, b, real, synthetic)),
                null);
        TableEncoder enc = new TableEncoder(pair, real, synthetic);
        EncodedTable r = enc.encode(real);
        EncodedTable s = enc.encode(synthetic);
        if (r.isNumeric(0) && r.isNumeric(1)) {
            return scatter(a, b, r, s, seed);
        }
        PairLevels rows = PairLevels.of(r, s, 0);
        PairLevels cols = PairLevels.of(r, s, 1);
        return new PairView.Contingency(a, b, rows.labels(), cols.labels(), shares(rows.real(), cols.real(), rows, cols),
                shares(rows.synthetic(), cols.synthetic(), rows, cols));
    }

    private static ColumnMeta compared(Metadata meta, String name, Dataset real, Dataset synthetic) {
        ColumnMeta m = meta.column(name).orElseThrow(() ->
                new IllegalArgumentException("there is no column \"" + name + "\" in the metadata"));
        if (!TableEncoder.evaluated(m) || real.indexOf(name) < 0 || synthetic.indexOf(name) < 0) {
            throw new IllegalArgumentException("column \"" + name + "\" is not compared: it must be numerical, "
                    + "datetime, categorical or boolean, not an identifier or PII, and be in both tables");
        }
        return m;
    }

    private static double[][] shares(int[] x, int[] y, PairLevels rows, PairLevels cols) {
        double[][] out = new double[rows.labels().size()][cols.labels().size()];
        for (int i = 0; i < x.length; i++) {
            out[x[i]][y[i]] += 1.0 / x.length;
        }
        return out;
    }

    private static PairView.Scatter scatter(String a, String b, EncodedTable r, EncodedTable s, long seed) {
        int[] rr = present(r);
        int[] sr = present(s);
        int[] rk = sample(rr, Seeds.stream(seed, STREAM, 0));
        int[] sk = sample(sr, Seeds.stream(seed, STREAM, 1));
        return new PairView.Scatter(a, b, pick(r.numbers(0), rk), pick(r.numbers(1), rk), pick(s.numbers(0), sk),
                pick(s.numbers(1), sk), rr.length, sr.length);
    }

    /** Rows where both columns have a value. */
    private static int[] present(EncodedTable t) {
        double[] x = t.numbers(0);
        double[] y = t.numbers(1);
        int[] out = new int[x.length];
        int n = 0;
        for (int i = 0; i < x.length; i++) {
            if (!Double.isNaN(x[i]) && !Double.isNaN(y[i])) {
                out[n++] = i;
            }
        }
        return Arrays.copyOf(out, n);
    }

    /** At most {@link #MAX_POINTS} of the rows, chosen uniformly by a partial shuffle, back in table order. */
    private static int[] sample(int[] rows, SplittableRandom rng) {
        if (rows.length <= MAX_POINTS) {
            return rows;
        }
        int[] idx = rows.clone();
        for (int i = 0; i < MAX_POINTS; i++) {
            int j = i + rng.nextInt(idx.length - i);
            int t = idx[i];
            idx[i] = idx[j];
            idx[j] = t;
        }
        int[] out = Arrays.copyOf(idx, MAX_POINTS);
        Arrays.sort(out);
        return out;
    }

    private static double[] pick(double[] v, int[] rows) {
        double[] out = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = v[rows[i]];
        }
        return out;
    }
}
