// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.io;

import io.semblance.core.job.Cancellation;
import io.semblance.core.job.ProgressListener;
import io.semblance.core.model.Dataset;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads delimited text (CSV, TSV, semicolon or pipe separated) with encoding, delimiter and header detection. */
public final class CsvReader implements TableReader {
    private static final char[] CANDIDATES = {',', ';', '\t', '|'};
    private static final int SNIFF_CHARS = 1 << 16;
    /** How much of a file a limited read looks at: enough for the rows of a preview and the header sniffer. */
    private static final int HEAD_BYTES = 4 << 20;

    @Override
    public TableRead read(Path file, ReadOptions options, int maxRows, ProgressListener progress, Cancellation cancel)
            throws DataFormatException, IOException {
        progress.progress(0, "Reading " + file.getFileName() + "…");
        boolean limited = maxRows < Integer.MAX_VALUE;
        FileHead head = FileHead.read(file, limited ? HEAD_BYTES : -1, cancel);
        TextDecoding.Decoded text = TextDecoding.decode(head.bytes(), options.charset(), head.truncated(), file, cancel);
        if (isBlank(text)) {
            throw new DataFormatException(file, "the file is empty");
        }
        BinaryCheck.requireText(text, file);
        char delimiter = options.delimiter() != null ? options.delimiter() : sniffDelimiter(text, file);
        CsvParser parser = new CsvParser(text.text(), text.length(), delimiter, file);
        List<String> first = parser.next();
        long firstLine = parser.recordLine();
        List<String[]> rows = new ArrayList<>();
        int width = first.size();
        int wanted = limited ? Math.max(maxRows, HeaderSniffer.SAMPLE) : Integer.MAX_VALUE;
        boolean complete = true;
        List<String> rec;
        while ((rec = next(parser, head.truncated())) != null) {
            if (rows.size() == wanted) {
                complete = false;
                break;
            }
            if (rec.size() != width) {
                throw new DataFormatException(file, parser.recordLine(), 0,
                        rec.size() + " fields, expected " + width + " (as in line " + firstLine
                                + "; delimiter '" + CsvParser.printable(delimiter) + "')");
            }
            rows.add(rec.toArray(new String[0]));
            cancel.check(); // every row: a row of a wide table, or of long fields, takes long
            if ((rows.size() & 0xFFFF) == 0) {
                progress.progress(parser.fraction(), "Reading " + file.getFileName() + ": " + rows.size() + " rows…");
            }
        }
        complete &= !head.truncated();
        boolean header = options.header() != null ? options.header() : HeaderSniffer.looksLikeHeader(first, rows, options);
        List<String> warnings = new ArrayList<>();
        List<String> rawNames = new ArrayList<>();
        if (header) {
            rawNames.addAll(first);
            if (rows.isEmpty()) {
                throw new DataFormatException(file, "the file has column names (line " + firstLine
                        + ") but no data rows");
            }
        } else {
            for (int i = 0; i < width; i++) {
                rawNames.add("column_" + (i + 1));
            }
            rows.add(0, first.toArray(new String[0]));
        }
        if (rows.size() > maxRows) {
            rows.subList(maxRows, rows.size()).clear();
            complete = false;
        }
        if (text.warning() != null) {
            warnings.add(text.warning());
        }
        List<String> names = Dataset.uniqueNames(rawNames, warnings);
        String[][] cols = new String[width][rows.size()];
        for (int r = 0; r < rows.size(); r++) {
            if ((r & 0xFFFF) == 0) {
                cancel.check();
            }
            String[] row = rows.get(r);
            for (int c = 0; c < width; c++) {
                String v = row[c];
                cols[c][r] = options.isMissing(v) ? null : v;
            }
        }
        progress.progress(1, "Read " + rows.size() + " rows from " + file.getFileName());
        Dataset data = new Dataset(String.valueOf(file.getFileName()), names, cols, warnings);
        return new TableRead(data, TableFormat.text(delimiter, text.charset(), header), complete);
    }

    /**
     * The next record, or null at the end. When the text is only the start of the file, the record that reaches
     * the end of the text may be cut short (a quoted field going on in the rest of the file), so it counts as the end.
     */
    private static List<String> next(CsvParser parser, boolean truncated) throws DataFormatException {
        try {
            List<String> rec = parser.next();
            return truncated && parser.fraction() >= 1 ? null : rec;
        } catch (DataFormatException e) {
            if (truncated && parser.fraction() >= 1) {
                return null;
            }
            throw e;
        }
    }

    private static boolean isBlank(TextDecoding.Decoded t) {
        for (int i = 0; i < t.length(); i++) {
            if (!Character.isWhitespace(t.text()[i])) {
                return false;
            }
        }
        return true;
    }

    /** The candidate delimiter whose field count is most consistent (and largest) over the first records. */
    static char sniffDelimiter(TextDecoding.Decoded text, Path file) {
        int len = Math.min(text.length(), SNIFF_CHARS);
        char best = ',';
        double bestScore = 0;
        for (char d : CANDIDATES) {
            CsvParser p = new CsvParser(text.text(), len, d, file);
            List<Integer> counts = new ArrayList<>();
            try {
                List<String> rec;
                while (counts.size() < 50 && (rec = p.next()) != null) {
                    counts.add(rec.size());
                }
            } catch (DataFormatException e) {
                // a record cut at the sniffing window or a bad quote: judge on what was read
            }
            if (counts.size() > 1 && len < text.length()) {
                counts.remove(counts.size() - 1);
            }
            if (counts.isEmpty() || counts.get(0) < 2) {
                continue;
            }
            int width = counts.get(0);
            long same = counts.stream().filter(c -> c == width).count();
            double score = (double) same / counts.size() * 1000 + width;
            if (score > bestScore) {
                bestScore = score;
                best = d;
            }
        }
        if (bestScore == 0 && file != null && file.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".tsv")) {
            return '\t';
        }
        return best;
    }
}
