// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.synth.output;

import io.semblance.core.io.ByteOut;
import io.semblance.core.job.Cancellation;
import io.semblance.core.synth.FittedModel;
import io.semblance.core.synth.OrderedPass;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * Draws a model's chunks on several threads, a bounded number at a time, and hands them over in chunk order, so what
 * is made of them does not depend on the number of threads.
 */
final class ChunkDraw {
    /** Receives the chunks in order, on the calling thread. */
    @FunctionalInterface
    interface Sink<T> {
        void accept(long chunk, T drawn) throws IOException;
    }

    /** How long to wait for a chunk before looking at cancellation and at the workers again. */
    private static final long WAIT_MILLIS = 50;

    private ChunkDraw() {
    }

    /**
     * Draws {@code rows} rows under {@code seed}; each chunk's CSV lines go through {@code prepare} on a worker thread,
     * then to {@code sink} in order. A model with an ordered pass (unique columns: {@link FittedModel#pass}) has each
     * chunk passed through it in order on the calling thread, then prepared there. A runtime failure of a worker (or
     * the sink) is rethrown as it is; cancellation is checked while waiting for a chunk.
     */
    @SuppressWarnings("unchecked")
    static <T> void run(FittedModel model, long rows, long seed, int threads, Function<ByteOut, T> prepare,
                        Sink<T> sink, Cancellation cancel) throws IOException {
        OrderedPass pass = model.pass(seed, rows);
        long chunks = (rows + FittedModel.CHUNK_ROWS - 1) / FittedModel.CHUNK_ROWS;
        int workers = Math.max(1, threads);
        AtomicReference<Throwable> died = new AtomicReference<>();
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "semblance-sampler");
            t.setDaemon(true);
            t.setUncaughtExceptionHandler((thread, e) -> died.compareAndSet(null, e));
            return t;
        });
        try {
            Deque<Future<Object>> inFlight = new ArrayDeque<>();
            long next = 0;
            for (long done = 0; done < chunks; done++) {
                while (next < chunks && inFlight.size() < workers * 3) {
                    long chunk = next++;
                    int count = (int) Math.min(FittedModel.CHUNK_ROWS, rows - chunk * FittedModel.CHUNK_ROWS);
                    inFlight.add(pool.submit(() -> {
                        ByteOut b = new ByteOut(count * 128);
                        model.writeChunk(seed, chunk, count, b);
                        return pass == null ? prepare.apply(b) : b;
                    }));
                }
                Object drawn = await(inFlight.poll(), died, cancel);
                if (pass != null) {
                    int count = (int) Math.min(FittedModel.CHUNK_ROWS, rows - done * FittedModel.CHUNK_ROWS);
                    drawn = prepare.apply(pass.apply(done, count, (ByteOut) drawn));
                }
                sink.accept(done, (T) drawn);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * The chunk's result, checking for cancellation while waiting. A worker that died outside its task (an
     * OutOfMemoryError can strike there) never completes its future: its failure is rethrown instead of waiting on.
     */
    private static <T> T await(Future<T> f, AtomicReference<Throwable> died, Cancellation cancel) throws IOException {
        try {
            while (true) {
                try {
                    return f.get(WAIT_MILLIS, TimeUnit.MILLISECONDS);
                } catch (TimeoutException e) {
                    cancel.check();
                    Throwable t = died.get();
                    if (t instanceof Error error) {
                        throw error;
                    } else if (t != null) {
                        throw new IllegalStateException("a drawing thread failed: " + t, t);
                    }
                }
            }
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
