// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.job;

/** A flag a long job checks between steps; once cancelled it stays cancelled. Thread-safe. */
public final class Cancellation {
    public static final Cancellation NEVER = new Cancellation();
    private volatile boolean cancelled;

    public void cancel() {
        if (this != NEVER) {
            cancelled = true;
        }
    }

    public boolean isCancelled() {
        return cancelled;
    }

    /** Throws {@link CancelledException} if cancellation was requested. */
    public void check() {
        if (cancelled) {
            throw new CancelledException();
        }
    }
}
