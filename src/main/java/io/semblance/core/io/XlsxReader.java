// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.io;

import io.semblance.core.job.Cancellation;
import io.semblance.core.job.ProgressListener;
import io.semblance.core.model.Dataset;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;

/**
 * Reads one sheet of an Excel .xlsx workbook. The sheet is streamed with StAX, so large sheets need memory only
 * for their values. Numbers come out in plain shortest form (42, 0.1), date-formatted cells as ISO text,
 * booleans as true/false and error cells as missing values.
 */
public final class XlsxReader implements TableReader {

    /** Reads the sheet named in the options (or the first sheet) into a dataset; see the class comment. */
    @Override
    public TableRead read(Path file, ReadOptions options, int maxRows, ProgressListener progress,
                          Cancellation cancel) throws DataFormatException, IOException {
        ReadOptions opts = options == null ? ReadOptions.defaults() : options;
        ProgressListener listener = progress == null ? ProgressListener.NONE : progress;
        Cancellation cancellation = cancel == null ? Cancellation.NEVER : cancel;
        cancellation.check();
        try (XlsxPackage pkg = XlsxPackage.open(file)) {
            XlsxWorkbook workbook = XlsxWorkbook.read(pkg);
            XlsxWorkbook.Sheet sheet = choose(pkg, workbook, opts.sheet());
            String message = "Reading sheet " + sheet.name() + "…";
            listener.progress(0, message);
            XlsxSharedStrings strings = XlsxSharedStrings.read(pkg, workbook.sharedStringsPart(), cancellation);
            XlsxStyles styles = XlsxStyles.read(pkg, workbook.stylesPart());
            cancellation.check();

            SheetProgress sheetProgress = new SheetProgress(listener, cancellation, message, pkg.size(sheet.part()));
            XlsxRowCollector collector = new XlsxRowCollector(opts, sheetProgress, maxRows);
            XlsxSheetParser parser = new XlsxSheetParser(pkg, sheet.part(), strings, styles, workbook.date1904());
            try {
                pkg.parse(sheet.part(), xml -> {
                    parser.parse(xml, collector);
                    return null;
                }, sheetProgress);
            } catch (XlsxRowCollector.Enough enough) {
                // a limited read has its rows
            }
            cancellation.check();
            Dataset dataset = collector.build(file, sheet.name());
            listener.progress(1, message);
            List<String> names = workbook.sheets().stream().map(XlsxWorkbook.Sheet::name).toList();
            return new TableRead(dataset, TableFormat.workbook(sheet.name(), names, collector.header()), collector.complete());
        }
    }

    /** The names of a workbook's sheets, in order. */
    public static List<String> sheets(Path file) throws DataFormatException, IOException {
        try (XlsxPackage pkg = XlsxPackage.open(file)) {
            return XlsxWorkbook.read(pkg).sheets().stream().map(XlsxWorkbook.Sheet::name).toList();
        }
    }

    /** The requested sheet, or the first one; explains unknown names, chart sheets and empty workbooks. */
    private static XlsxWorkbook.Sheet choose(XlsxPackage pkg, XlsxWorkbook workbook, String wanted)
            throws DataFormatException {
        List<XlsxWorkbook.Sheet> sheets = workbook.sheets();
        if (sheets.isEmpty()) {
            throw new DataFormatException(pkg.file(), "the workbook has no sheets");
        }
        XlsxWorkbook.Sheet sheet = null;
        if (wanted == null) {
            sheet = sheets.get(0);
        } else {
            for (XlsxWorkbook.Sheet s : sheets) {
                if (s.name().equals(wanted)) {
                    sheet = s;
                    break;
                }
            }
            for (int i = 0; sheet == null && i < sheets.size(); i++) {
                if (sheets.get(i).name().equalsIgnoreCase(wanted)) {
                    sheet = sheets.get(i);
                }
            }
        }
        if (sheet == null) {
            String names = sheets.stream().map(XlsxWorkbook.Sheet::name).collect(Collectors.joining(", "));
            throw new DataFormatException(pkg.file(), "no sheet named \"" + wanted + "\"; the workbook has: " + names);
        }
        if (sheet.part() == null) {
            throw pkg.damaged("the part holding sheet \"" + sheet.name() + "\" is missing");
        }
        if (!sheet.isWorksheet()) {
            String kind = sheet.relType().endsWith("/chartsheet") ? "a chart" : "not a worksheet";
            throw new DataFormatException(pkg.file(), "sheet \"" + sheet.name() + "\" is " + kind
                    + ", so it holds no table; choose another sheet");
        }
        return sheet;
    }

    /** Checks for cancellation every 1,000 rows and reports progress, by bytes of the sheet part read, every 10,000. */
    private static final class SheetProgress implements XlsxPackage.InputStreamWrapper, IntConsumer {
        private final ProgressListener listener;
        private final Cancellation cancellation;
        private final String message;
        private final long partSize;
        private CountingInputStream counter;

        SheetProgress(ProgressListener listener, Cancellation cancellation, String message, long partSize) {
            this.listener = listener;
            this.cancellation = cancellation;
            this.message = message;
            this.partSize = partSize;
        }

        @Override
        public InputStream wrap(InputStream in) {
            counter = new CountingInputStream(in);
            return counter;
        }

        @Override
        public void accept(int rowsSeen) {
            cancellation.check();
            if (rowsSeen % 10_000 == 0) {
                double fraction = partSize > 0 && counter != null
                        ? Math.min(0.99, counter.count / (double) partSize) : -1;
                listener.progress(fraction, message);
            }
        }
    }

    /** Counts bytes read from a part. */
    private static final class CountingInputStream extends FilterInputStream {
        private long count;

        CountingInputStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
