// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.evaluate.utility;

import io.semblance.core.job.Cancellation;
import io.semblance.core.job.CancelledException;
import io.semblance.core.job.TaskFailure;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;

/** Runs independent numbered tasks on a few threads; results come back in task order, whatever the thread count. */
final class Parallel {
    private Parallel() {
    }

    /** The thread count to use: {@code threads} if positive, else every core. */
    static int threads(int threads) {
        return threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    }

    /**
     * Runs task(0..n-1) on up to {@code threads} threads and returns the results in order. {@code done} is called on
     * the calling thread with each task index, in order, as results arrive; cancellation is checked between tasks.
     */
    static <T> List<T> map(int n, int threads, IntFunction<T> task, Cancellation cancel, IntConsumer done) {
        List<T> out = new ArrayList<>(n);
        int t = Math.min(threads(threads), Math.max(1, n));
        if (t == 1) {
            for (int i = 0; i < n; i++) {
                cancel.check();
                out.add(task.apply(i));
                done.accept(i);
            }
            return out;
        }
        ExecutorService pool = Executors.newFixedThreadPool(t, r -> {
            Thread th = new Thread(r, "semblance-forest");
            th.setDaemon(true);
            return th;
        });
        try {
            List<Future<T>> futures = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                int index = i;
                futures.add(pool.submit(() -> {
                    cancel.check();
                    return task.apply(index);
                }));
            }
            for (int i = 0; i < n; i++) {
                out.add(futures.get(i).get());
                cancel.check();
                done.accept(i);
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancelledException();
        } catch (ExecutionException e) {
            throw TaskFailure.of(e);
        } finally {
            pool.shutdownNow();
        }
    }
}
