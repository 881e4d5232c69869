// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.io;

import io.semblance.core.job.Cancellation;
import io.semblance.core.job.ProgressListener;
import io.semblance.core.model.Dataset;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/** The registry of table readers, keyed by file extension; unknown extensions are read as delimited text. */
public final class TableReaders {
    private static final Map<String, Supplier<TableReader>> BY_EXTENSION = Map.of(
            "csv", CsvReader::new,
            "tsv", CsvReader::new,
            "tab", CsvReader::new,
            "txt", CsvReader::new,
            "xlsx", XlsxReader::new);

    private TableReaders() {
    }

    /** The file's extension in lower case, without the dot ("" when none). */
    public static String extension(Path file) {
        String n = String.valueOf(file.getFileName());
        int dot = n.lastIndexOf('.');
        return dot < 0 ? "" : n.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** Reads a table, choosing the reader by extension. */
    public static Dataset read(Path file, ReadOptions options, ProgressListener progress, Cancellation cancel)
            throws DataFormatException, IOException {
        return read(file, options, Integer.MAX_VALUE, progress, cancel).data();
    }

    /**
     * Reads at most {@code maxRows} data rows of a table ({@link Integer#MAX_VALUE} for all), choosing the reader
     * by extension, and says which settings it used; see {@link TableReader#read(Path, ReadOptions, int,
     * ProgressListener, Cancellation)}.
     */
    public static TableRead read(Path file, ReadOptions options, int maxRows, ProgressListener progress,
                                 Cancellation cancel) throws DataFormatException, IOException {
        if (!Files.exists(file)) {
            throw new NoSuchFileException(file.toString());
        }
        if (Files.isDirectory(file)) {
            throw new DataFormatException(file, "is a folder, not a data file");
        }
        String ext = extension(file);
        if (ext.equals("xls")) {
            throw new DataFormatException(file, "old Excel .xls workbooks are not supported; save it as .xlsx or CSV");
        }
        return BY_EXTENSION.getOrDefault(ext, CsvReader::new).get().read(file, options, maxRows, progress, cancel);
    }

    /** The sheets of a workbook, in order; empty for a file without sheets (delimited text). */
    public static List<String> sheets(Path file) throws DataFormatException, IOException {
        return extension(file).equals("xlsx") ? XlsxReader.sheets(file) : List.of();
    }

    /** Reads with default options, no progress and no cancellation. */
    public static Dataset read(Path file) throws DataFormatException, IOException {
        return read(file, ReadOptions.defaults(), ProgressListener.NONE, Cancellation.NEVER);
    }
}
