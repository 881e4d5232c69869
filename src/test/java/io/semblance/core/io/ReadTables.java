// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.semblance.ReaderContract;
import io.semblance.core.job.Cancellation;
import io.semblance.core.job.ProgressListener;
import java.nio.file.Path;

/** Reads a fuzzed table file under the readers' contract and checks the shape of what comes back. */
final class ReadTables {
    private ReadTables() {
    }

    /** At most {@code maxRows} rows of the file with default options, or null when it was refused clearly. */
    static TableRead read(Path file, int maxRows) {
        TableRead read = ReaderContract.readOrRefuse(() -> TableReaders.read(file, ReadOptions.defaults(), maxRows,
                ProgressListener.NONE, Cancellation.NEVER));
        if (read != null) {
            int width = read.data().columnCount();
            assertTrue(width > 0, "a table read without complaint has columns");
            for (int c = 0; c < width; c++) {
                assertEquals(read.data().rowCount(), read.data().column(c).length, "every column has every row");
            }
            assertTrue(read.data().rowCount() <= maxRows, "a limited read keeps to its limit");
        }
        return read;
    }
}
