// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.synth.output;

import io.semblance.core.job.Cancellation;
import io.semblance.core.job.ProgressListener;
import io.semblance.core.io.AtomicFiles;
import io.semblance.core.io.CsvText;
import io.semblance.core.synth.FittedModel;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Streams rows drawn from a fitted model to a CSV file in bounded memory: chunks are drawn on all cores and
 * written in order, into a temporary file beside the target that is moved into place only when complete. A model's
 * {@link FittedModel#pass ordered pass}, if any, sees each chunk on the writing thread, in order, before it is
 * written.
 */
public final class SampleWriter {
    private final int threads;

    public SampleWriter(int threads) {
        this.threads = Math.max(1, threads);
    }

    public SampleWriter() {
        this(Runtime.getRuntime().availableProcessors());
    }

    /** Writes {@code rows} rows (≥ 0) for {@code seed} to {@code target}; replaces an existing file only if {@code replace}. */
    public void write(FittedModel model, long rows, long seed, Path target, boolean replace,
                      ProgressListener progress, Cancellation cancel) throws IOException {
        AtomicFiles.write(target, replace, out -> stream(model, rows, seed, out, progress, cancel));
    }

    /** Writes the header and rows to a stream (which is not closed). */
    public void stream(FittedModel model, long rows, long seed, OutputStream out, ProgressListener progress,
                       Cancellation cancel) throws IOException {
        StringBuilder header = new StringBuilder();
        for (String name : model.columns()) {
            header.append(header.length() > 0 ? "," : "").append(CsvText.quote(name, ','));
        }
        out.write((header + "\n").getBytes(StandardCharsets.UTF_8));
        long chunks = (rows + FittedModel.CHUNK_ROWS - 1) / FittedModel.CHUNK_ROWS;
        ChunkDraw.run(model, rows, seed, threads, b -> b, (chunk, b) -> {
            cancel.check();
            out.write(b.array(), 0, b.size());
            long done = chunk + 1;
            if ((done & 63) == 0 || done == chunks) {
                long written = Math.min(rows, done * FittedModel.CHUNK_ROWS);
                progress.progress((double) done / chunks, String.format("Writing rows: %,d of %,d", written, rows));
            }
        }, cancel);
    }
}
