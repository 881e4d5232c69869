// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.io;

import io.semblance.core.model.Dataset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * Gathers streamed sheet rows into a table: skips blank rows before the first value, turns blank rows in the
 * middle into rows of missing values, drops blank rows at the end, and decides whether the first row holds names.
 */
final class XlsxRowCollector implements XlsxSheetParser.RowSink {
    private static final String[] EMPTY = new String[0];

    private final ReadOptions options;
    private final IntConsumer everyThousandRows;
    private final int maxRows;
    private final int wanted;
    private boolean complete = true;
    private boolean header;
    private final List<String[]> rows = new ArrayList<>();
    private final BitSet nonTextBelow = new BitSet();
    private String[] firstRaw;
    private String[] firstValues;
    private boolean[] firstText;
    private int lastRowIndex = -1;
    private int pendingEmpty;
    private int seen;
    private int minColumn = Integer.MAX_VALUE;
    private int width;

    /**
     * @param everyThousandRows given the count of sheet rows seen after every 1,000 (cancellation, progress)
     * @param maxRows           data rows to keep ({@link Integer#MAX_VALUE} for all); once enough rows for them
     *                          and for deciding the header are in, {@link #row} throws {@link Enough}
     */
    XlsxRowCollector(ReadOptions options, IntConsumer everyThousandRows, int maxRows) {
        this.options = options;
        this.everyThousandRows = everyThousandRows;
        this.maxRows = maxRows;
        this.wanted = maxRows == Integer.MAX_VALUE ? maxRows : Math.max(maxRows, HeaderSniffer.SAMPLE);
    }

    /** Thrown by {@link #row} to stop the sheet's parse when a limited read has what it needs. */
    static final class Enough extends RuntimeException {
        Enough() {
            super("enough rows", null, false, false);
        }
    }

    /** Whether {@link #build} took the first row as the column names. */
    boolean header() {
        return header;
    }

    /** False when rows beyond those built were left unread. */
    boolean complete() {
        return complete;
    }

    @Override
    public void row(int rowIndex, String[] raw, boolean[] text) {
        if (++seen % 1000 == 0) {
            everyThousandRows.accept(seen);
        }
        int gap = lastRowIndex < 0 ? 0 : Math.max(0, rowIndex - lastRowIndex - 1);
        lastRowIndex = Math.max(lastRowIndex, rowIndex);
        String[] values = firstValues == null ? new String[raw.length] : raw; // the first row's raw text is kept
        boolean empty = true;
        for (int c = 0; c < raw.length; c++) {
            values[c] = options.isMissing(raw[c]) ? null : raw[c];
            empty &= values[c] == null;
        }
        if (firstValues == null) {
            if (!empty) {
                firstRaw = raw;
                firstValues = values;
                firstText = text;
            }
            return;
        }
        pendingEmpty += gap;
        if (empty) {
            pendingEmpty++;
            return;
        }
        if (rows.size() + pendingEmpty >= wanted) {
            complete = false;
            throw new Enough();
        }
        for (; pendingEmpty > 0; pendingEmpty--) {
            rows.add(EMPTY);
        }
        for (int c = 0; c < values.length; c++) {
            if (values[c] != null) {
                minColumn = Math.min(minColumn, c);
                width = Math.max(width, c + 1);
                if (!text[c]) {
                    nonTextBelow.set(c);
                }
            }
        }
        rows.add(values);
    }

    /** Builds the dataset; {@code sheet} names the sheet in error messages. */
    Dataset build(Path file, String sheet) throws DataFormatException {
        if (firstValues == null) {
            throw new DataFormatException(file, "sheet \"" + sheet + "\" is empty");
        }
        header = options.header() != null ? options.header() : looksLikeHeader();
        List<String> warnings = new ArrayList<>();
        List<String[]> data = rows;
        String[] first = header ? firstRaw : firstValues;
        for (int c = 0; c < first.length; c++) {
            if (first[c] != null && !first[c].isBlank()) {
                minColumn = Math.min(minColumn, c);
                width = Math.max(width, c + 1);
            }
        }
        int n = width - minColumn;
        List<String> names = new ArrayList<>(n);
        if (header) {
            if (rows.isEmpty()) {
                throw new DataFormatException(file, "sheet \"" + sheet + "\" has column names but no data rows");
            }
            for (int c = minColumn; c < width; c++) {
                names.add(c < firstRaw.length ? firstRaw[c] : null);
            }
            names = Dataset.uniqueNames(names, warnings);
        } else {
            for (int c = 1; c <= n; c++) {
                names.add("column_" + c);
            }
            data = new ArrayList<>(rows.size() + 1);
            data.add(firstValues);
            data.addAll(rows);
        }
        if (data.size() > maxRows) {
            data.subList(maxRows, data.size()).clear();
            complete = false;
        }
        for (int r = 0; r < data.size(); r++) {
            String[] row = data.get(r);
            if (minColumn != 0 || row.length != n) {
                String[] fitted = new String[n];
                System.arraycopy(row, Math.min(minColumn, row.length), fitted, 0,
                        Math.max(0, Math.min(row.length, width) - minColumn));
                data.set(r, fitted);
            }
        }
        return Dataset.ofRows(String.valueOf(file.getFileName()), names, data, warnings);
    }

    /**
     * The first row names the columns when all its cells are text and either some column has text there but
     * numbers, dates or booleans below, or everything below is text as well.
     */
    private boolean looksLikeHeader() {
        BitSet firstTextColumns = new BitSet();
        for (int c = 0; c < firstRaw.length; c++) {
            if (firstRaw[c] != null && !firstRaw[c].isBlank()) {
                if (!firstText[c]) {
                    return false;
                }
                firstTextColumns.set(c);
            }
        }
        return nonTextBelow.isEmpty() || nonTextBelow.intersects(firstTextColumns);
    }
}
