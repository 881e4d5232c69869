// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.synth.output;

import io.semblance.core.job.Cancellation;
import io.semblance.core.job.ProgressListener;
import io.semblance.core.io.AtomicFiles;
import io.semblance.core.io.ByteOut;
import io.semblance.core.io.CsvText;
import io.semblance.core.synth.FittedModel;
import io.semblance.core.synth.OrderedPass;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

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
        OrderedPass pass = model.pass(seed, rows);
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "semblance-sampler");
            t.setDaemon(true);
            return t;
        });
        try {
            Deque<Future<ByteOut>> inFlight = new ArrayDeque<>();
            long next = 0;
            long done = 0;
            while (done < chunks) {
                while (next < chunks && inFlight.size() < threads * 3) {
                    long chunk = next++;
                    int count = (int) Math.min(FittedModel.CHUNK_ROWS, rows - chunk * FittedModel.CHUNK_ROWS);
                    inFlight.add(pool.submit(() -> {
                        ByteOut b = new ByteOut(count * 128);
                        model.writeChunk(seed, chunk, count, b);
                        return b;
                    }));
                }
                ByteOut b = await(inFlight.poll());
                if (pass != null) {
                    b = pass.apply(done, (int) Math.min(FittedModel.CHUNK_ROWS, rows - done * FittedModel.CHUNK_ROWS), b);
                }
                out.write(b.array(), 0, b.size());
                done++;
                if ((done & 63) == 0 || done == chunks) {
                    cancel.check();
                    long written = Math.min(rows, done * FittedModel.CHUNK_ROWS);
                    progress.progress((double) done / chunks, String.format("Writing rows: %,d of %,d", written, rows));
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static ByteOut await(Future<ByteOut> f) throws IOException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while drawing rows", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new UncheckedIOException(new IOException(e.getCause()));
        }
    }
}
