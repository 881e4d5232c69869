// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.synth.output;

import io.semblance.core.io.CsvRecords;
import io.semblance.core.job.Cancellation;
import io.semblance.core.job.ProgressListener;
import io.semblance.core.model.Dataset;
import io.semblance.core.synth.FittedModel;
import java.io.IOException;
import java.util.List;

/**
 * Draws rows from a fitted model into a table in memory, chunk by chunk on several threads. The values are those
 * {@link SampleWriter} writes for the same model, count and seed (an empty field is a missing value), whatever the
 * number of threads. Repeated values of a column share one String ({@link SharedValues}): a million rows of a
 * typical table then take a fraction of the memory, and the garbage collector no longer copies millions of
 * short-lived-looking cells on every young collection (pauses that froze the workbench during large runs).
 */
public final class DatasetSampler {
    private DatasetSampler() {
    }

    /** {@code rows} rows (0 to {@link Integer#MAX_VALUE}) drawn under {@code seed}; checks cancellation per chunk. */
    public static Dataset draw(FittedModel model, long rows, long seed, int threads, ProgressListener progress,
                               Cancellation cancel) throws IOException {
        if (rows < 0 || rows > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("cannot hold " + rows + " rows in memory");
        }
        int n = (int) rows;
        int width = model.columns().size();
        String[][] columns = new String[width][n];
        SharedValues[] shared = new SharedValues[width];
        java.util.Arrays.setAll(shared, c -> new SharedValues());
        long chunks = (rows + FittedModel.CHUNK_ROWS - 1) / FittedModel.CHUNK_ROWS;
        ChunkDraw.run(model, rows, seed, threads, b -> CsvRecords.parse(b.array(), b.size(), width), (chunk, drawn) -> {
            int offset = (int) chunk * FittedModel.CHUNK_ROWS;
            for (int r = 0; r < drawn.size(); r++) {
                String[] row = drawn.get(r);
                for (int c = 0; c < width; c++) {
                    columns[c][offset + r] = shared[c].keep(row[c]);
                }
            }
            cancel.check();
            progress.progress((double) (chunk + 1) / chunks, String.format("Drawing rows: %,d of %,d",
                    Math.min(n, offset + drawn.size()), n));
        }, cancel);
        return new Dataset("synthetic", model.columns(), columns, List.of());
    }
}
