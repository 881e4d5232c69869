// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.synth.hybrid;

import io.semblance.core.model.Dataset;
import java.util.Locale;

/**
 * Which rows of a hybrid table were built from real records: per output row, the 0-based row of the real table it
 * came from, or -1 for a fully synthetic row. Read back from the file {@link HybridSynthesis#writeProvenance} writes.
 */
public final class Provenance {
    private final int[] realRow;

    private Provenance(int[] realRow) {
        this.realRow = realRow;
    }

    /** Per output row the 0-based real row it was built from, or -1 for a fully synthetic row (as in
     * {@link HybridSynthesis.Result#realRow()}). */
    public static Provenance of(int[] realRow) {
        for (int r : realRow) {
            if (r < -1) {
                throw new IllegalArgumentException("a real row number cannot be negative: " + r);
            }
        }
        return new Provenance(realRow.clone());
    }

    /**
     * Reads a provenance table (columns {@code source} and {@code real_row}, and {@code row} when present) and checks
     * it against the tables it describes: one line per synthetic row in order, source "hybrid" with a data row of the
     * real table (1 to {@code realRows}) or "synthetic" with none. Throws IllegalArgumentException naming the first
     * problem.
     */
    public static Provenance read(Dataset file, int syntheticRows, int realRows) {
        int source = file.indexOf("source");
        int real = file.indexOf("real_row");
        int number = file.indexOf("row");
        if (source < 0 || real < 0) {
            throw new IllegalArgumentException("the provenance file needs the columns source and real_row, as synth"
                    + " --provenance-out writes them; it has " + String.join(", ", file.names()));
        }
        if (file.rowCount() != syntheticRows) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "the provenance file describes %,d rows but"
                    + " the synthetic table has %,d: give the provenance written with this synthetic table",
                    file.rowCount(), syntheticRows));
        }
        int[] out = new int[syntheticRows];
        for (int r = 0; r < syntheticRows; r++) {
            String where = "provenance line " + (r + 2) + ": ";
            if (number >= 0 && !String.valueOf(r + 1).equals(strip(file.value(r, number)))) {
                throw new IllegalArgumentException(where + "row is \"" + file.value(r, number) + "\", expected " + (r + 1)
                        + " (the lines must follow the synthetic table's rows)");
            }
            String kind = strip(file.value(r, source));
            String link = strip(file.value(r, real));
            if ("synthetic".equals(kind) && link.isEmpty()) {
                out[r] = -1;
            } else if ("hybrid".equals(kind)) {
                out[r] = realRow(link, realRows, where) - 1;
            } else {
                throw new IllegalArgumentException(where + "expected source \"hybrid\" with a real_row, or \"synthetic\""
                        + " without one; got \"" + kind + "\" and \"" + link + "\"");
            }
        }
        return new Provenance(out);
    }

    private static int realRow(String text, int realRows, String where) {
        int row;
        try {
            row = Integer.parseInt(text);
        } catch (NumberFormatException e) {
            row = 0;
        }
        if (row < 1 || row > realRows) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "%sreal_row \"%s\" is not a data row of the"
                    + " real table (1 to %,d): give the real table synth read", where, text, realRows));
        }
        return row;
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }

    /** Number of rows described. */
    public int rows() {
        return realRow.length;
    }

    /** The 0-based real row that output row {@code r} was built from, or -1 when it is fully synthetic. */
    public int realRow(int r) {
        return realRow[r];
    }

    /** Number of rows built from real records. */
    public int realBasedRows() {
        int k = 0;
        for (int r : realRow) {
            k += r >= 0 ? 1 : 0;
        }
        return k;
    }

    /** The output rows built from real records ({@code realBased}) or the fully synthetic ones, in order. */
    public int[] outputRows(boolean realBased) {
        return java.util.stream.IntStream.range(0, realRow.length).filter(r -> realRow[r] >= 0 == realBased).toArray();
    }

    /** For each real-based output row (in order), the 0-based real row it was built from. */
    public int[] sourceRows() {
        return java.util.Arrays.stream(realRow).filter(r -> r >= 0).toArray();
    }
}
