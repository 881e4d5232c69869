// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.io;

import io.semblance.core.job.Cancellation;
import io.semblance.core.job.ProgressListener;
import io.semblance.core.model.Dataset;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a dataset as an Excel .xlsx workbook of one sheet: a bold header row that stays in view, then one row per
 * record. In numerical columns a value that is a plain number reading back unchanged (42, -0.5, 1.5E-9) is stored as a
 * number; every other value is stored as text and a missing value as an empty cell. The sheet is streamed into the
 * archive, so memory does not grow with the number of rows, and the file is written through {@link AtomicFiles}.
 * The same dataset gives a byte-identical file.
 */
public final class XlsxWriter {
    /** Rows of an Excel sheet, the header row included. */
    public static final int MAX_SHEET_ROWS = 1_048_576;
    /** Data rows that fit below the header row. */
    public static final int MAX_DATA_ROWS = MAX_SHEET_ROWS - 1;
    /** Columns of an Excel sheet (A to XFD). */
    public static final int MAX_COLUMNS = 16_384;
    /** Characters an Excel cell holds. */
    public static final int MAX_CELL_CHARS = 32_767;

    /** Distinct texts kept in the shared string table (bounding its memory); later new texts are stored inline. */
    static final int SHARED_STRINGS = 1 << 18;
    /** Deflate level: the fastest, as compressing is most of the time spent (level 6 takes three times as long). */
    private static final int COMPRESSION = Integer.getInteger("semblance.xlsx.level", 1);

    /** Entries carry a fixed time so that the same data gives the same bytes. */
    private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(1980, 1, 1, 0, 0);

    private final String sheetName;
    private final Set<String> numericColumns;
    private final int sharedStrings;

    /**
     * @param sheetName      the sheet's tab name: 1 to 31 characters, none of {@code : \ / ? * [ ]}
     * @param numericColumns names of the columns whose values are numbers (others are written as text); not null
     */
    public XlsxWriter(String sheetName, Set<String> numericColumns) {
        this(sheetName, numericColumns, SHARED_STRINGS);
    }

    /** As above, keeping at most {@code sharedStrings} distinct texts in the shared string table. */
    XlsxWriter(String sheetName, Set<String> numericColumns, int sharedStrings) {
        if (sheetName == null || sheetName.isBlank() || sheetName.length() > 31
                || sheetName.chars().anyMatch(ch -> ":\\/?*[]".indexOf(ch) >= 0)) {
            throw new IllegalArgumentException("\"" + sheetName + "\" cannot name an Excel sheet: use 1 to 31 characters"
                    + " without : \\ / ? * [ ]");
        }
        this.sheetName = sheetName;
        this.numericColumns = Set.copyOf(numericColumns);
        this.sharedStrings = sharedStrings;
    }

    /**
     * Writes {@code data} to {@code target}; replaces an existing file only if {@code replace}. A table too large for
     * one sheet, or a value too long for a cell, gives IllegalArgumentException and leaves no file.
     */
    public void write(Dataset data, Path target, boolean replace, ProgressListener progress, Cancellation cancel)
            throws IOException {
        checkSize(data);
        boolean[] numeric = new boolean[data.columnCount()];
        for (int c = 0; c < numeric.length; c++) {
            numeric[c] = numericColumns.contains(data.name(c));
        }
        AtomicFiles.write(target, replace, out -> {
            ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
            zip.setLevel(COMPRESSION);
            put(zip, "[Content_Types].xml", XlsxParts.CONTENT_TYPES);
            put(zip, "_rels/.rels", XlsxParts.ROOT_RELS);
            put(zip, "xl/workbook.xml", XlsxParts.workbook(XlsxText.attribute(sheetName)));
            put(zip, "xl/_rels/workbook.xml.rels", XlsxParts.WORKBOOK_RELS);
            put(zip, "xl/styles.xml", XlsxParts.STYLES);
            Writer xml = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
            XlsxStringTable strings = new XlsxStringTable(sharedStrings);
            zip.putNextEntry(entry("xl/worksheets/sheet1.xml"));
            new XlsxSheetWriter(xml, data, numeric, strings).write(progress, cancel);
            xml.flush();
            zip.closeEntry();
            zip.putNextEntry(entry("xl/sharedStrings.xml"));
            strings.write(xml);
            xml.flush();
            zip.closeEntry();
            zip.finish();
        });
    }

    /** Refuses tables that do not fit on one sheet, with the limit in the message. */
    static void checkSize(Dataset data) {
        if (data.columnCount() == 0) {
            throw new IllegalArgumentException("the table has no columns to write");
        }
        if (data.rowCount() > MAX_DATA_ROWS) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "the table has %,d rows but an Excel sheet"
                    + " holds at most %,d below its header row; write CSV instead", data.rowCount(), MAX_DATA_ROWS));
        }
        if (data.columnCount() > MAX_COLUMNS) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "the table has %,d columns but an Excel sheet"
                    + " holds at most %,d; write CSV instead", data.columnCount(), MAX_COLUMNS));
        }
    }

    private static ZipEntry entry(String name) {
        ZipEntry e = new ZipEntry(name);
        e.setTimeLocal(ENTRY_TIME);
        return e;
    }

    private static void put(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(entry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
