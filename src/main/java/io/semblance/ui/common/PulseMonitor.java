// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui.common;

import java.time.Duration;
import javafx.animation.AnimationTimer;

/**
 * Measures how long the FX thread goes without a pulse (a frame): while started it asks for a pulse every frame and
 * keeps the longest gap between two. A responsive window keeps gaps near 16 ms; a gap of a second means the user saw
 * the window freeze for a second. Start, stop and read on the FX thread; {@link #longestGap()} may be read anywhere.
 */
public final class PulseMonitor {
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            pulse(System.nanoTime());
        }
    };
    private long last = -1;
    private volatile long longest;
    private volatile long pulses;

    /** Starts measuring from now. */
    public void start() {
        reset();
        last = System.nanoTime();
        timer.start();
    }

    /** Stops measuring; a gap still open (the FX thread was busy until now) counts up to now. */
    public void stop() {
        timer.stop();
        if (last >= 0) {
            pulse(System.nanoTime());
        }
        last = -1;
    }

    /** Forgets the gaps measured so far; measuring goes on if started. */
    public void reset() {
        longest = 0;
        pulses = 0;
        if (last >= 0) {
            last = System.nanoTime();
        }
    }

    /** Records a pulse at {@code nanos} (a {@link System#nanoTime()} reading). */
    void pulse(long nanos) {
        if (last >= 0) {
            longest = Math.max(longest, nanos - last);
        }
        last = nanos;
        pulses++;
    }

    /** The longest time between two pulses since started or reset; zero before the second pulse. */
    public Duration longestGap() {
        return Duration.ofNanos(longest);
    }

    /** Pulses seen since started or reset. */
    public long pulses() {
        return pulses;
    }
}
