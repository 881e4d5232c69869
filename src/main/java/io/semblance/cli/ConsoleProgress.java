// SPDX-License-Identifier: Apache-2.0
package io.semblance.cli;

import io.semblance.core.job.ProgressListener;
import java.io.PrintStream;

/**
 * Progress on standard error for long runs: nothing during the first second, then a line at most every
 * {@code interval} ms (redrawn in place on a terminal).
 */
final class ConsoleProgress implements ProgressListener {
    private final PrintStream err;
    private final boolean terminal;
    private final long start = System.nanoTime();
    private final long intervalNanos;
    private long last;
    private boolean shown;
    private final boolean quiet;

    ConsoleProgress(PrintStream err, boolean quiet) {
        this.err = err;
        this.quiet = quiet;
        this.terminal = System.console() != null;
        this.intervalNanos = (terminal ? 200L : 5000L) * 1_000_000L;
    }

    @Override
    public synchronized void progress(double fraction, String message) {
        long now = System.nanoTime();
        if (quiet || now - start < 1_000_000_000L || now - last < intervalNanos) {
            return;
        }
        last = now;
        String pct = fraction >= 0 ? String.format("%3d%% ", Math.round(fraction * 100)) : "";
        if (terminal) {
            err.print("\r\033[K" + pct + message);
        } else {
            err.println(pct + message);
        }
        shown = true;
        err.flush();
    }

    /** Ends the progress display (clears the line on a terminal). */
    synchronized void done() {
        if (shown && terminal) {
            err.print("\r\033[K");
            err.flush();
        }
    }
}
