// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.job;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Starts a long job on a thread of its own, cancels it once it is under way, and measures how long it takes to
 * stop. Keeps every measurement, so a test class can print the median and maximum latency per job.
 */
public final class CancelProbe {
    /** A job as the engine runs one: progress out, cancellation in. */
    @FunctionalInterface
    public interface Job {
        void run(ProgressListener progress, Cancellation cancel) throws Exception;
    }

    /** The bound a cancelled job must stop within here: generous, for a loaded machine; the target is 1 s. */
    public static final long BOUND_MILLIS = 3_000;

    private final Map<String, List<Long>> latencies = new TreeMap<>();

    /**
     * Runs the job, waits for it to report progress at least {@code minProgress} and then {@code delayMillis}
     * more, cancels it and returns how many milliseconds it took to end. Fails when the job ends before it is
     * cancelled (the input is too small), does not end in {@link #BOUND_MILLIS}, or ends any other way than with
     * {@link CancelledException}.
     */
    public long cancel(String name, double minProgress, long delayMillis, Job job) throws InterruptedException {
        Cancellation cancel = new Cancellation();
        CountDownLatch underway = new CountDownLatch(1);
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread t = new Thread(() -> {
            try {
                job.run((f, m) -> {
                    if (f >= minProgress) {
                        underway.countDown();
                    }
                }, cancel);
            } catch (Throwable e) {
                thrown.set(e);
            }
        }, "cancel-probe-" + name);
        t.setDaemon(true);
        t.start();
        boolean started = false;
        while (t.isAlive() && !started) {
            started = underway.await(50, TimeUnit.MILLISECONDS);
        }
        Thread.sleep(delayMillis);
        if (!t.isAlive()) {
            fail(name + " ended before it was cancelled (" + thrown.get() + "); give it a larger input");
        }
        long start = System.nanoTime();
        cancel.cancel();
        t.join(BOUND_MILLIS * 10);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(!t.isAlive() && millis <= BOUND_MILLIS, name + " took " + millis + " ms to stop");
        assertInstanceOf(CancelledException.class, thrown.get(), name + " ended with " + thrown.get());
        latencies.computeIfAbsent(name, k -> new ArrayList<>()).add(millis);
        return millis;
    }

    /** One line per job: median and maximum latency over its runs. */
    public List<String> summary() {
        List<String> out = new ArrayList<>();
        latencies.forEach((name, list) -> {
            List<Long> sorted = list.stream().sorted().toList();
            out.add(String.format("cancel latency %-28s median %4d ms, max %4d ms over %d runs", name,
                    sorted.get(sorted.size() / 2), sorted.get(sorted.size() - 1), sorted.size()));
        });
        return out;
    }

    /** How often to repeat each measurement: 1, or the system property semblance.cancel.runs. */
    public static int runs() {
        return Integer.getInteger("semblance.cancel.runs", 1);
    }
}
