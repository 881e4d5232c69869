// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.io;

import io.semblance.core.job.Cancellation;
import io.semblance.core.job.ProgressListener;
import io.semblance.core.model.Dataset;
import java.io.IOException;
import java.nio.file.Path;

/** Reads one file format into a {@link Dataset}; missing-value tokens become null. */
public interface TableReader {
    /**
     * Reads at most {@code maxRows} data rows ({@link Integer#MAX_VALUE} for all) and says which settings were
     * used. A limited read looks only at the start of the file, so it is fast on large files; its detected
     * settings come from that start.
     */
    TableRead read(Path file, ReadOptions options, int maxRows, ProgressListener progress, Cancellation cancel)
            throws DataFormatException, IOException;

    /** Reads the whole table. */
    default Dataset read(Path file, ReadOptions options, ProgressListener progress, Cancellation cancel)
            throws DataFormatException, IOException {
        return read(file, options, Integer.MAX_VALUE, progress, cancel).data();
    }
}
