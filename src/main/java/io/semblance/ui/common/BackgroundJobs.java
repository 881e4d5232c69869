// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui.common;

import io.semblance.core.job.Cancellation;
import io.semblance.core.job.ProgressListener;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.concurrent.Task;

/** Runs core jobs as JavaFX tasks on one shared pool of daemon threads, never on the FX thread. */
public final class BackgroundJobs {
    /** A long core operation: reports progress in [0,1] (or -1 when unknown) and checks for cancellation. */
    @FunctionalInterface
    public interface Job<T> {
        T run(ProgressListener progress, Cancellation cancel) throws Exception;
    }

    private static final ExecutorService SHARED = Executors.newCachedThreadPool(new ThreadFactory());
    private final Executor executor;

    public BackgroundJobs() {
        this(SHARED);
    }

    public BackgroundJobs(Executor executor) {
        this.executor = executor;
    }

    /** Wraps the job in a task that is not yet started; attach handlers, then {@link #start}. */
    public <T> JobTask<T> task(Job<T> job) {
        return new JobTask<>(job);
    }

    public void start(JobTask<?> task) {
        executor.execute(task);
    }

    /**
     * Whether no job is running on the shared pool at this moment (jobs given their own executor are not counted):
     * lets a driver such as the tour wait until a page has finished its background work.
     */
    public static boolean sharedPoolIdle() {
        return ((ThreadPoolExecutor) SHARED).getActiveCount() == 0;
    }

    /** A listener reporting into the part [from, to] of a parent's range, so steps share one bar. */
    public static ProgressListener part(ProgressListener parent, double from, double to) {
        return (f, m) -> parent.progress(f < 0 ? -1 : from + Math.min(1, f) * (to - from), m);
    }

    /** A task whose Cancel reaches the core job through its {@link Cancellation}. */
    public static final class JobTask<T> extends Task<T> {
        private final Job<T> job;
        private final Cancellation cancellation = new Cancellation();

        JobTask(Job<T> job) {
            this.job = job;
        }

        @Override
        protected T call() throws Exception {
            return job.run((f, m) -> {
                updateProgress(f < 0 ? -1 : f, 1);
                if (m != null) {
                    updateMessage(m);
                }
            }, cancellation);
        }

        /** Asks the job to stop at its next check; the task is cancelled at once, so its result is never used. */
        public void stop() {
            cancellation.cancel();
            cancel(false);
        }
    }

    private static final class ThreadFactory implements java.util.concurrent.ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable r) {
            Thread t = new Thread(r, "semblance-job-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        }
    }
}
