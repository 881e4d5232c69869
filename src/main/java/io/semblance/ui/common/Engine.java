// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui.common;

import io.semblance.core.io.DataFormatException;
import io.semblance.core.io.ReadOptions;
import io.semblance.core.io.TableMemory;
import io.semblance.core.io.TableRead;
import io.semblance.core.io.TableReaders;
import io.semblance.core.job.Cancellation;
import io.semblance.core.job.ProgressListener;
import io.semblance.core.model.Dataset;
import io.semblance.core.model.Metadata;
import io.semblance.core.profile.ColumnProfile;
import io.semblance.core.synth.FittedModel;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Everything the workbench asks of the engine; each call may run long and honours progress and cancellation. */
public interface Engine {
    /** Reads a table with the detected settings, choosing the format by the file's extension. */
    default Dataset read(Path file, ProgressListener progress, Cancellation cancel)
            throws DataFormatException, IOException {
        return read(file, ReadOptions.defaults(), Integer.MAX_VALUE, progress, cancel).data();
    }

    /**
     * Reads at most {@code maxRows} rows of a table ({@link Integer#MAX_VALUE} for all) with the given options,
     * and says which delimiter, encoding, header and sheet were used.
     */
    TableRead read(Path file, ReadOptions options, int maxRows, ProgressListener progress, Cancellation cancel)
            throws DataFormatException, IOException;

    /**
     * Checks, before a full read, that the table fits in the memory still free, with room for the work that
     * follows; throws {@link io.semblance.core.job.NotEnoughMemoryException} when it does not.
     */
    default void checkMemory(Path file, ReadOptions options) {
        TableMemory.check(file, options);
    }

    /** The sheets of a workbook, in order; empty for delimited text. */
    default List<String> sheets(Path file) throws DataFormatException, IOException {
        return TableReaders.sheets(file);
    }

    /** Detects each column's type and suggests a role. */
    List<ColumnProfile> profile(Dataset data, ProgressListener progress, Cancellation cancel);

    /** Fits a model to the data as the metadata describes it; the seed fixes the fit's randomness. */
    FittedModel fit(Dataset data, Metadata meta, long seed, ProgressListener progress, Cancellation cancel);

    /** Writes {@code rows} synthetic rows as CSV; replaces an existing file only when {@code replace}. */
    void write(FittedModel model, long rows, long seed, Path out, boolean replace, ProgressListener progress,
               Cancellation cancel) throws IOException;
}
