// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui.tour;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;

/** One time limit for a whole walk through the workbench: calls onto the FX thread and waits, from another thread. */
final class Deadline {
    private final Duration limit;
    private final long end;

    Deadline(Duration limit) {
        this.limit = limit;
        this.end = System.nanoTime() + limit.toNanos();
    }

    /** Runs {@code action} on the FX thread and returns its result; its exception is rethrown as is. */
    <T> T fx(String what, Callable<T> action) {
        FutureTask<T> task = new FutureTask<>(action);
        Platform.runLater(task);
        return await(what, task);
    }

    /** Waits for {@code future} until the deadline; its failure is rethrown as is, running out of time as a failure. */
    <T> T await(String what, java.util.concurrent.Future<T> future) {
        try {
            return future.get(Math.max(0, end - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            future.cancel(false);
            throw new TourFailure("timed out after " + limit.toSeconds() + " s waiting for " + what
                    + " (a longer limit: --timeout SECONDS)");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TourFailure("interrupted while waiting for " + what);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            throw new TourFailure(what + " failed: " + cause);
        }
    }

    /** Waits for a condition watched by {@code pulses}, as {@link Pulses#when}. */
    void until(String what, Pulses pulses, int consecutive, java.util.function.BooleanSupplier condition) {
        CompletableFuture<Void> done = pulses.when(consecutive, condition);
        await(what, done);
    }
}
