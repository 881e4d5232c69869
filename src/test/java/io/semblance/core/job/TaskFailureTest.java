// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.job;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** A task's failure reaches the waiting thread as the task threw it, so its message reaches the user unchanged. */
class TaskFailureTest {
    /** Runs the task on a pool thread and returns what waiting for it threw. */
    private static ExecutionException failureOf(java.util.concurrent.Callable<Object> task) throws Exception {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<Object> f = pool.submit(task);
            return assertThrows(ExecutionException.class, f::get);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anUncheckedExceptionComesBackItself() throws Exception {
        IllegalArgumentException thrown = new IllegalArgumentException("column \"age\" is not a number");
        assertSame(thrown, TaskFailure.of(failureOf(() -> {
            throw thrown;
        })));
    }

    @Test
    void anErrorIsThrownAtOnce() throws Exception {
        OutOfMemoryError thrown = new OutOfMemoryError("Java heap space");
        ExecutionException e = failureOf(() -> {
            throw thrown;
        });
        assertSame(thrown, assertThrows(OutOfMemoryError.class, () -> TaskFailure.of(e)));
    }

    @Test
    void aCheckedExceptionComesWrappedWithItsCause() throws Exception {
        IOException thrown = new IOException("disk full");
        RuntimeException r = TaskFailure.of(failureOf(() -> {
            throw thrown;
        }));
        assertTrue(r instanceof IllegalStateException, r.toString());
        assertSame(thrown, r.getCause());
    }
}
