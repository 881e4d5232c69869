// SPDX-License-Identifier: Apache-2.0
package io.semblance.cli;

import io.semblance.core.io.DataFormatException;
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

    static Dataset table(Path file, ReadOptionsMixin options, ProgressListener progress, PrintWriter err)
            throws IOException, DataFormatException {
        Dataset d = TableReaders.read(file, options.toOptions(), progress, Cancellation.NEVER);
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
