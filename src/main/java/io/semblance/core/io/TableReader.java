// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.io;

import io.semblance.core.job.Cancellation;
import io.semblance.core.job.ProgressListener;
import io.semblance.core.model.Dataset;
import java.io.IOException;
import java.nio.file.Path;

/** Reads one file format into a {@link Dataset}; missing-value tokens become null. */
public interface TableReader {
    Dataset read(Path file, ReadOptions options, ProgressListener progress, Cancellation cancel)
            throws DataFormatException, IOException;
}
