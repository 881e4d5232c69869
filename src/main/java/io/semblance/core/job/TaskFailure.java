// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.job;

import java.util.concurrent.ExecutionException;

/** The failure of a task that ran on a pool thread, passed on to the thread that waited for it. */
public final class TaskFailure {
    private TaskFailure() {
    }

    /**
     * What the waiting thread throws for a task that failed: the task's own unchecked exception as it was; an
     * {@link Error} is thrown from here at once; any other cause comes wrapped in an {@link IllegalStateException}.
     * Use as {@code throw TaskFailure.of(e)}.
     */
    public static RuntimeException of(ExecutionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof RuntimeException re) {
            return re;
        }
        if (cause instanceof Error err) {
            throw err;
        }
        return new IllegalStateException(cause);
    }
}
