// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.io;

import io.semblance.core.job.Cancellation;
import io.semblance.core.job.HeapBudget;
import io.semblance.core.job.ProgressListener;
import io.semblance.core.model.Dataset;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * How much heap a table takes once read, estimated before reading it from the file's size and its first rows.
 *
 * <p>A {@link Dataset} holds one array of references per column and one String per value; the text reader makes a
 * String of every field, a workbook's shared strings are one String however often they recur. So the estimate
 * costs each value of the first rows as a String (object, byte array of its Latin-1 or UTF-16 text) unless the
 * same instance came earlier in its column, adds a reference per cell and scales by the estimated row count: for
 * text, the file's size over the bytes per row of the first rows; for a workbook, the unpacked size of the sheet
 * over the bytes of its first rows ({@link XlsxSheetSize}). Reading needs more for a while: the text reader holds
 * the file's bytes and decoded characters (three bytes per byte of file) and an array per row until the columns are
 * built, the workbook reader its shared strings.
 *
 * @param rows          estimated data rows
 * @param retainedBytes estimated heap the table takes once read
 * @param readPeakBytes estimated heap in use at the peak of reading it
 */
public record TableMemory(long rows, long retainedBytes, long readPeakBytes) {
    /** Rows looked at. */
    static final int SAMPLE_ROWS = 1_000;
    /** References are 4 bytes below a 32 GB heap (compressed), 8 above. */
    private static final boolean COMPRESSED = Runtime.getRuntime().maxMemory() < (31L << 30);
    private static final int REF = COMPRESSED ? 4 : 8;
    private static final int HEADER = COMPRESSED ? 12 : 16;

    /**
     * The heap to have free before reading the table: enough to read it, and to hold it with as much again for
     * the work that follows (profiling, fitting, a synthetic table of the same size, evaluation).
     */
    public long neededBytes() {
        return Math.max(readPeakBytes, 2 * retainedBytes);
    }

    /**
     * Checks, before a full read, that the table fits in the free heap; throws
     * {@link io.semblance.core.job.NotEnoughMemoryException} naming the file when it does not. A file that cannot be
     * looked at (unreadable, malformed) passes: the read itself then reports the problem.
     */
    public static void check(Path file, ReadOptions options) {
        TableMemory m;
        try {
            if (!TableReaders.extension(file).equals("xlsx") && worstCase(Files.size(file)) <= HeapBudget.available()) {
                return;
            }
            m = estimate(file, options);
        } catch (IOException | DataFormatException | RuntimeException e) {
            return;
        }
        HeapBudget.require(String.valueOf(file.getFileName()), m.neededBytes());
    }

    /** Estimates from the file's size and its first {@value #SAMPLE_ROWS} rows. */
    public static TableMemory estimate(Path file, ReadOptions options) throws IOException, DataFormatException {
        long size = Files.size(file);
        boolean workbook = TableReaders.extension(file).equals("xlsx");
        TableRead sample = TableReaders.read(file, options, SAMPLE_ROWS, ProgressListener.NONE, Cancellation.NEVER);
        Dataset d = sample.data();
        int n = Math.max(1, d.rowCount());
        double stringsPerRow = 0;
        double textPerRow = 0;
        for (int c = 0; c < d.columnCount(); c++) {
            Map<String, Boolean> seen = new IdentityHashMap<>();
            for (String v : d.column(c)) {
                if (v != null) {
                    textPerRow += utf8Length(v);
                    if (seen.put(v, Boolean.TRUE) == null) {
                        stringsPerRow += stringBytes(v);
                    }
                }
            }
        }
        stringsPerRow /= n;
        textPerRow = textPerRow / n + d.columnCount(); // delimiters and the line end
        long rows;
        long shared = 0;
        if (sample.complete()) {
            rows = d.rowCount();
        } else if (workbook) {
            XlsxSheetSize sheet = XlsxSheetSize.of(file, options.sheet());
            rows = sheet == null ? d.rowCount() : Math.max(d.rowCount(), sheet.rows());
            shared = sheet == null ? 0 : sheet.sharedStringsBytes();
        } else {
            rows = Math.max(d.rowCount(), (long) Math.ceil(size / Math.max(1, textPerRow)));
        }
        int w = d.columnCount();
        long columns = w * align(HEADER + 4 + (long) REF * rows);
        long retained = columns + (long) Math.ceil(stringsPerRow * rows);
        long rowArrays = rows * (align(HEADER + 4 + (long) REF * w) + REF);
        long transientBytes = workbook ? shared : 3 * size;
        return new TableMemory(rows, retained, retained + rowArrays + transientBytes);
    }

    /**
     * What a text file of {@code size} bytes can need at most: every other byte a one-character value of its own
     * (the most Strings a file can make), each row a single value; such a small file is not looked at.
     */
    static long worstCase(long size) {
        long cells = size / 2 + 1;
        long retained = cells * (REF + stringBytes("x") + REF);
        return Math.max(2 * retained, retained + cells * align(HEADER + 4 + REF) + 3 * size);
    }

    /** Heap of one String holding {@code v}: the object and its byte array (Latin-1, or UTF-16 when needed). */
    static long stringBytes(String v) {
        boolean latin1 = v.chars().allMatch(ch -> ch <= 0xFF);
        long array = align(HEADER + 4 + (long) v.length() * (latin1 ? 1 : 2));
        return align(HEADER + 4 + 1 + 1 + REF) + array;
    }

    private static long utf8Length(String v) {
        long n = 0;
        for (int i = 0; i < v.length(); i++) {
            char ch = v.charAt(i);
            n += ch < 0x80 ? 1 : ch < 0x800 || Character.isSurrogate(ch) ? 2 : 3;
        }
        return n;
    }

    private static long align(long bytes) {
        return (bytes + 7) & ~7L;
    }
}
