// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.io;

import io.semblance.core.job.Cancellation;
import io.semblance.core.job.ProgressListener;
import io.semblance.core.model.Dataset;
import java.io.IOException;
import java.nio.file.Path;

/** Writes a dataset as UTF-8 CSV (comma, LF, quoted where needed, missing as empty) through a temporary file. */
public final class CsvWriter {
    private CsvWriter() {
    }

    /** Writes {@code data} to {@code target}; replaces an existing file only if {@code replace}. */
    public static void write(Dataset data, Path target, boolean replace) throws IOException {
        write(data, target, replace, ProgressListener.NONE, Cancellation.NEVER);
    }

    /**
     * Writes {@code data} to {@code target}, checking for cancellation every 1,000 rows and reporting progress every
     * 10,000; replaces an existing file only if {@code replace}. A cancelled write leaves no file.
     */
    public static void write(Dataset data, Path target, boolean replace, ProgressListener progress, Cancellation cancel)
            throws IOException {
        AtomicFiles.write(target, replace, out -> {
            ByteOut b = new ByteOut(1 << 16);
            for (int c = 0; c < data.columnCount(); c++) {
                if (c > 0) {
                    b.write((byte) ',');
                }
                b.writeField(data.name(c), (byte) ',');
            }
            b.write((byte) '\n');
            for (int r = 0; r < data.rowCount(); r++) {
                if (r % 1000 == 0) {
                    cancel.check();
                    if (r % 10_000 == 0) {
                        progress.progress((double) r / data.rowCount(), "Writing the CSV file…");
                    }
                }
                for (int c = 0; c < data.columnCount(); c++) {
                    if (c > 0) {
                        b.write((byte) ',');
                    }
                    b.writeField(data.value(r, c), (byte) ',');
                }
                b.write((byte) '\n');
                if (b.size() > 1 << 20) {
                    out.write(b.array(), 0, b.size());
                    b.reset();
                }
            }
            out.write(b.array(), 0, b.size());
            progress.progress(1, "Writing the CSV file…");
        });
    }
}
