// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.io;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import javax.xml.stream.XMLStreamConstants;

/**
 * How many rows a worksheet holds, estimated without reading it: the unpacked size of its part divided by the bytes
 * its first rows take, and how much its shared string table holds. Used to judge, before a read, whether a workbook
 * fits in memory.
 *
 * @param rows               the estimated number of rows (exact when the sheet has at most {@code SAMPLE} rows)
 * @param sharedStringsBytes the unpacked size of the shared string table, read whole by every read (0 when none)
 */
record XlsxSheetSize(long rows, long sharedStringsBytes) {
    private static final int SAMPLE = 2_000;

    /** Measures the named sheet (or the first); null when the workbook does not say enough to estimate. */
    static XlsxSheetSize of(Path file, String sheetName) throws DataFormatException, IOException {
        try (XlsxPackage pkg = XlsxPackage.open(file)) {
            XlsxWorkbook workbook = XlsxWorkbook.read(pkg);
            XlsxWorkbook.Sheet sheet = workbook.sheets().stream()
                    .filter(s -> sheetName == null || s.name().equalsIgnoreCase(sheetName))
                    .findFirst().orElse(null);
            long size = sheet == null || sheet.part() == null ? -1 : pkg.size(sheet.part());
            if (size < 0) {
                return null;
            }
            String strings = workbook.sharedStringsPart();
            long stringBytes = strings == null ? 0 : Math.max(0, pkg.size(strings));
            Counter counter = new Counter();
            try {
                pkg.parse(sheet.part(), xml -> {
                    while (xml.hasNext()) {
                        if (xml.next() == XMLStreamConstants.START_ELEMENT && "row".equals(xml.getLocalName())) {
                            counter.row();
                        }
                    }
                    return null;
                }, in -> counter.wrap(in));
            } catch (Enough e) {
                double bytesPerRow = (double) (counter.bytes - counter.bytesAtFirstRow) / (counter.rows - 1);
                return new XlsxSheetSize(Math.round((size - counter.bytesAtFirstRow) / bytesPerRow) + 1, stringBytes);
            }
            return new XlsxSheetSize(counter.rows, stringBytes);
        }
    }

    /** Counts the rows and the bytes read so far; stops the parse once enough rows are in. */
    private static final class Counter {
        private long bytes;
        private long bytesAtFirstRow;
        private long rows;

        void row() {
            if (++rows == 1) {
                bytesAtFirstRow = bytes;
            } else if (rows > SAMPLE) {
                throw new Enough();
            }
        }

        InputStream wrap(InputStream in) {
            return new FilterInputStream(in) {
                @Override
                public int read() throws IOException {
                    int b = super.read();
                    bytes += b >= 0 ? 1 : 0;
                    return b;
                }

                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    int n = super.read(b, off, len);
                    bytes += Math.max(0, n);
                    return n;
                }
            };
        }
    }

    /** Stops the sheet's parse when enough rows were counted. */
    private static final class Enough extends RuntimeException {
        Enough() {
            super("enough rows", null, false, false);
        }
    }
}
