// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.synth.constraints;

import io.semblance.core.io.ByteOut;
import io.semblance.core.io.CsvRecords;
import io.semblance.core.synth.FittedModel;
import java.util.List;

/** Drawing a model's rows as fields and writing fields back as CSV lines, for the wrappers of this package. */
final class Rows {
    private static final byte COMMA = ',';

    private Rows() {
    }

    /** The rows {@code model.writeChunk(seed, chunk, count, variant, ...)} writes, as fields (null = missing). */
    static List<String[]> draw(FittedModel model, long seed, long chunk, int count, long variant) {
        ByteOut buf = new ByteOut(Math.max(1024, count * 64));
        model.writeChunk(seed, chunk, count, variant, buf);
        return parse(buf, model.columns().size());
    }

    /** The rows of CSV lines written by a model with {@code width} columns. */
    static List<String[]> parse(ByteOut lines, int width) {
        return CsvRecords.parse(lines.array(), lines.size(), width);
    }

    /** Appends one row as a CSV line. */
    static void write(String[] row, ByteOut out) {
        for (int c = 0; c < row.length; c++) {
            if (c > 0) {
                out.write(COMMA);
            }
            out.writeField(row[c], COMMA);
        }
        out.write((byte) '\n');
    }

    /** The rows as CSV lines. */
    static ByteOut lines(List<String[]> rows, int sizeHint) {
        ByteOut out = new ByteOut(sizeHint + 1024);
        rows.forEach(row -> write(row, out));
        return out;
    }

    /** A copy of the row with {@code donor}'s values in the columns where {@code take} is true. */
    static String[] take(String[] row, String[] donor, boolean[] take) {
        String[] out = row.clone();
        for (int c = 0; c < out.length; c++) {
            if (take[c]) {
                out[c] = donor[c];
            }
        }
        return out;
    }

    /** Per column, the negation of the flag. */
    static boolean[] not(boolean[] flags) {
        boolean[] out = new boolean[flags.length];
        for (int c = 0; c < out.length; c++) {
            out[c] = !flags[c];
        }
        return out;
    }
}
