// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.privacy;

import io.semblance.core.evaluate.EncodedTable;
import io.semblance.core.job.Cancellation;
import io.semblance.core.job.CancelledException;
import io.semblance.core.job.ProgressListener;
import io.semblance.core.job.TaskFailure;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Exact nearest and second-nearest neighbours under a {@link RowDistance}: every reference row is accounted for,
 * either compared or ruled out by a bound that cannot be beaten (see {@link NeighbourIndex}); nothing is sampled.
 * Query rows are sorted like the reference rows and cut into blocks, so that consecutive rows of a block visit the
 * same parts of the reference table while they are in cache; the blocks run on a fixed pool of threads. Each query
 * row's answer depends on nothing but the data, so the result is the same for any number of threads.
 */
public final class NearestNeighbors {
    /** Distances (mean per-column distance, in [0, 1]) per query row, in query row order; {@code second} is null
     * unless requested. A query row without a (second) reference row to compare gets +Infinity. */
    public record Result(double[] nearest, double[] second) {
    }

    private static final int QUERY_BLOCK = 256;
    private final int threads;

    /** A search running on {@code threads} worker threads (≥ 1). */
    public NearestNeighbors(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        this.threads = threads;
    }

    /** A search using every available processor. */
    public static NearestNeighbors allCores() {
        return new NearestNeighbors(Runtime.getRuntime().availableProcessors());
    }

    /**
     * For each row of {@code query}, the distance to its nearest row of {@code reference} (and to the second nearest
     * when {@code second}). With {@code excludeSelf} the two tables must be the same object and row i skips itself.
     * Progress runs from 0 to 1 on the calling thread; cancellation is checked between blocks of rows.
     */
    public Result search(EncodedTable query, EncodedTable reference, RowDistance distance, boolean second,
                         boolean excludeSelf, ProgressListener progress, Cancellation cancel) {
        if (excludeSelf && query != reference) {
            throw new IllegalArgumentException("excludeSelf needs the query and reference to be the same table");
        }
        double[][] r = distance.kernel(reference);
        double[][] q = query == reference ? r : distance.kernel(query);
        return search(q, query.rows(), r, reference.rows(), distance.discreteLeading(), second, excludeSelf,
                progress, cancel);
    }

    /**
     * For each row of {@code query}, the index of its nearest row of {@code reference} (-1 when the reference is
     * empty). Among reference rows at exactly the nearest distance the choice depends only on the data, so the
     * answer is the same for any number of threads.
     */
    public int[] nearestRows(EncodedTable query, EncodedTable reference, RowDistance distance,
                             ProgressListener progress, Cancellation cancel) {
        int[] rows = new int[query.rows()];
        search(distance.kernel(query), query.rows(), distance.kernel(reference), reference.rows(),
                distance.discreteLeading(), false, false, rows, progress, cancel);
        return rows;
    }

    /** The same search over tables in kernel form (see {@link RowDistance#kernel}); {@code levels} leading columns
     * are discrete. */
    Result search(double[][] query, int queryRows, double[][] reference, int referenceRows, int levels,
                  boolean second, boolean excludeSelf, ProgressListener progress, Cancellation cancel) {
        return search(query, queryRows, reference, referenceRows, levels, second, excludeSelf, null, progress, cancel);
    }

    /** As above; when {@code nearestRow} is not null, also stores each query row's nearest reference row in it. */
    private Result search(double[][] query, int queryRows, double[][] reference, int referenceRows, int levels,
                          boolean second, boolean excludeSelf, int[] nearestRow, ProgressListener progress,
                          Cancellation cancel) {
        cancel.check();
        int columns = query.length;
        double[] nearest = new double[queryRows];
        double[] next = second ? new double[queryRows] : null;
        int blocks = (queryRows + QUERY_BLOCK - 1) / QUERY_BLOCK;
        if (blocks == 0) {
            return new Result(nearest, next);
        }
        NeighbourIndex index = new NeighbourIndex(reference, referenceRows, levels, cancel);
        int[] queryOrder = NeighbourIndex.sortedRows(query, queryRows, levels, cancel);
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, blocks), runnable -> {
            Thread t = new Thread(runnable, "semblance-neighbours");
            t.setDaemon(true);
            return t;
        });
        try {
            CompletionService<Void> done = new ExecutorCompletionService<>(pool);
            for (int b = 0; b < blocks; b++) {
                int from = b * QUERY_BLOCK;
                int to = Math.min(queryRows, from + QUERY_BLOCK);
                done.submit(() -> {
                    cancel.check();
                    NeighbourIndex.Searcher searcher = index.new Searcher();
                    double[] row = new double[columns];
                    double[] out = new double[2];
                    for (int k = from; k < to; k++) {
                        int i = queryOrder[k];
                        for (int c = 0; c < columns; c++) {
                            row[c] = query[c][i];
                        }
                        searcher.search(row, excludeSelf ? i : -1, second, out);
                        nearest[i] = out[0] / columns;
                        if (nearestRow != null) {
                            nearestRow[i] = searcher.nearestRow();
                        }
                        if (next != null) {
                            next[i] = out[1] / columns;
                        }
                    }
                    return null;
                });
            }
            for (int b = 1; b <= blocks; b++) {
                await(done, cancel);
                progress.progress((double) b / blocks, "comparing rows");
                cancel.check();
            }
        } finally {
            pool.shutdownNow();
        }
        return new Result(nearest, next);
    }

    private static void await(CompletionService<Void> done, Cancellation cancel) {
        try {
            done.take().get();
        } catch (ExecutionException e) {
            throw TaskFailure.of(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            cancel.cancel();
            throw new CancelledException();
        }
    }
}
