// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui.tour;

import java.util.Arrays;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.BooleanSupplier;
import javafx.animation.AnimationTimer;

/**
 * Watches the pulses of the running JavaFX toolkit: records when each came, while recording, and checks waiting
 * conditions once per pulse on the FX thread. While it runs, JavaFX pulses continuously (about 60 times a second),
 * so a pulse that comes late is a pulse the FX thread could not serve in time.
 */
public final class Pulses {
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            pulse();
        }
    };
    private final Queue<Waiter> waiting = new ConcurrentLinkedQueue<>();
    private long[] times = new long[4096];
    private int recorded;
    private boolean recording;

    /** Starts watching; call on the FX thread. */
    public void start() {
        timer.start();
    }

    /** Stops watching; call on the FX thread. Conditions still waited for never complete. */
    public void stop() {
        timer.stop();
    }

    /** Forgets what was recorded and records the time of every pulse from now on; call on the FX thread. */
    public void record() {
        recorded = 0;
        recording = true;
    }

    /** Stops recording and returns the gaps between the pulses recorded; call on the FX thread. */
    public PulseGaps recorded() {
        recording = false;
        return PulseGaps.of(times, recorded);
    }

    /**
     * Completes once {@code condition}, checked on the FX thread at each pulse, has held at {@code pulses}
     * consecutive pulses (so the scene has been drawn at least once in that state); fails if the condition throws.
     * May be called from any thread.
     */
    public CompletableFuture<Void> when(int pulses, BooleanSupplier condition) {
        Waiter w = new Waiter(pulses, condition);
        waiting.add(w);
        return w.done;
    }

    private void pulse() {
        if (recording) {
            if (recorded == times.length) {
                times = Arrays.copyOf(times, times.length * 2);
            }
            times[recorded++] = System.nanoTime();
        }
        waiting.removeIf(Waiter::check);
    }

    private static final class Waiter {
        private final int pulses;
        private final BooleanSupplier condition;
        private final CompletableFuture<Void> done = new CompletableFuture<>();
        private int held;

        Waiter(int pulses, BooleanSupplier condition) {
            this.pulses = pulses;
            this.condition = condition;
        }

        /** Whether this waiter is finished, after checking its condition once more. */
        boolean check() {
            try {
                held = condition.getAsBoolean() ? held + 1 : 0;
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
                return true;
            }
            if (held >= pulses) {
                done.complete(null);
                return true;
            }
            return false;
        }
    }
}
