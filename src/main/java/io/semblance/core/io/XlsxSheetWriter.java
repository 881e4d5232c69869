// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.io;

import io.semblance.core.job.Cancellation;
import io.semblance.core.job.ProgressListener;
import io.semblance.core.model.Dataset;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

/** Streams the worksheet part of {@link XlsxWriter}: header row, then each record as it is read from the dataset. */
final class XlsxSheetWriter {
    /** Column widths are estimated from the header and this many rows. */
    private static final int WIDTH_SAMPLE = 200;

    private final Writer sink;
    private final StringBuilder out = new StringBuilder(1 << 17);
    private final Dataset data;
    private final boolean[] numeric;
    private final String[] letters;
    private final XlsxStringTable strings;

    /** Texts go to {@code strings} while it has room, inline otherwise. */
    XlsxSheetWriter(Writer out, Dataset data, boolean[] numeric, XlsxStringTable strings) {
        this.sink = out;
        this.strings = strings;
        this.data = data;
        this.numeric = numeric;
        letters = new String[data.columnCount()];
        for (int c = 0; c < letters.length; c++) {
            letters[c] = XlsxText.columnLetters(c);
        }
    }

    /** Writes the whole part; checks for cancellation every 1,000 rows and reports progress every 10,000. */
    void write(ProgressListener progress, Cancellation cancel) throws IOException {
        int rows = data.rowCount();
        out.append(XlsxParts.sheetStart(letters[letters.length - 1] + (rows + 1), widths()));
        out.append("<row r=\"1\">");
        for (int c = 0; c < letters.length; c++) {
            textCell(c, 1, false, data.name(c), " s=\"" + XlsxParts.BOLD + "\"");
        }
        out.append("</row>");
        String message = "Writing the Excel workbook…";
        for (int r = 0; r < rows; r++) {
            if (r % 1000 == 0) {
                cancel.check();
                if (r % 10_000 == 0) {
                    progress.progress((double) r / rows, message);
                }
            }
            int sheetRow = r + 2;
            out.append("<row r=\"");
            out.append(sheetRow);
            out.append("\">");
            int previous = -1;
            for (int c = 0; c < letters.length; c++) {
                String v = data.value(r, c);
                if (v == null || v.isEmpty()) {
                    continue;
                }
                boolean follows = c == previous + 1;
                previous = c;
                if (numeric[c] && XlsxText.isPlainNumber(v)) {
                    openCell(c, sheetRow, follows);
                    out.append("><v>");
                    out.append(v);
                    out.append("</v></c>");
                } else {
                    textCell(c, sheetRow, follows, v, "");
                }
            }
            out.append("</row>");
            if (out.length() > 1 << 16) {
                sink.append(out);
                out.setLength(0);
            }
        }
        sink.append(out.append(XlsxParts.SHEET_END));
        progress.progress(1, message);
    }

    /** Starts a cell; its reference is written only when it does not follow the previous cell of the row. */
    private void openCell(int c, int sheetRow, boolean follows) {
        out.append("<c");
        if (!follows) {
            out.append(" r=\"");
            out.append(letters[c]);
            out.append(sheetRow);
            out.append('"');
        }
    }

    private void textCell(int c, int sheetRow, boolean follows, String v, String style) {
        if (v.length() > XlsxWriter.MAX_CELL_CHARS) {
            String where = sheetRow == 1 ? "the name of column " + (c + 1)
                    : String.format(Locale.ROOT, "column \"%s\", row %,d,", data.name(c), sheetRow - 1);
            throw new IllegalArgumentException(String.format(Locale.ROOT, "%s holds %,d characters but an Excel cell"
                    + " holds at most %,d; write CSV instead", where, v.length(), XlsxWriter.MAX_CELL_CHARS));
        }
        openCell(c, sheetRow, follows);
        out.append(style);
        int shared = strings.indexOf(v);
        if (shared >= 0) {
            out.append(" t=\"s\"><v>");
            out.append(shared);
            out.append("</v></c>");
        } else {
            out.append(" t=\"inlineStr\"><is>");
            XlsxText.element(out, "t", v);
            out.append("</is></c>");
        }
    }

    /** A width per column, in characters, from the longest of the header and the first rows (8 to 60). */
    private double[] widths() {
        double[] w = new double[letters.length];
        int sample = Math.min(WIDTH_SAMPLE, data.rowCount());
        for (int c = 0; c < w.length; c++) {
            int longest = data.name(c).length();
            for (int r = 0; r < sample; r++) {
                String v = data.value(r, c);
                longest = Math.max(longest, v == null ? 0 : v.length());
            }
            w[c] = Math.max(8, Math.min(60, longest + 2));
        }
        return w;
    }
}
