// SPDX-License-Identifier: Apache-2.0
package io.semblance.cli;

import io.semblance.core.io.DataFormatException;
import io.semblance.core.io.ReadOptions;
import io.semblance.core.io.TableMemory;
import io.semblance.core.io.TableReaders;
import io.semblance.core.job.Cancellation;
import io.semblance.core.job.ProgressListener;
import io.semblance.core.model.Dataset;
import io.semblance.core.model.Metadata;
import io.semblance.core.model.MetadataJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;

/** Reading a command's inputs: the table (with its warnings shown) and optional metadata. */
final class Inputs {
    private Inputs() {
    }

    /**
     * Reads a whole table, first checking that it fits in memory (a table that does not is refused before it is
     * read, with {@link io.semblance.core.job.NotEnoughMemoryException}).
     */
    static Dataset table(Path file, ReadOptionsMixin options, ProgressListener progress, PrintWriter err)
            throws IOException, DataFormatException {
        ReadOptions o = options.toOptions();
        TableMemory.check(file, o);
        Dataset d = TableReaders.read(file, o, progress, Cancellation.NEVER);
        for (String w : d.warnings()) {
            err.println("warning: " + file.getFileName() + ": " + w);
        }
        err.flush();
        return d;
    }

    static Metadata metadata(Path file) throws IOException {
        return MetadataJson.read(file);
    }
}
