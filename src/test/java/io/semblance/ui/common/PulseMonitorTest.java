// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/** The longest gap between pulses: computed from readings, and seen when the FX thread is really held up. */
class PulseMonitorTest {
    private static final long MS = 1_000_000;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void theLongestGapBetweenPulsesIsKept() {
        PulseMonitor m = new PulseMonitor();
        assertEquals(Duration.ZERO, m.longestGap());
        m.pulse(1_000 * MS);
        m.pulse(1_016 * MS);
        m.pulse(1_316 * MS);
        m.pulse(1_333 * MS);
        assertEquals(Duration.ofMillis(300), m.longestGap());
        assertEquals(4, m.pulses());

        m.reset();
        assertEquals(Duration.ZERO, m.longestGap());
        assertEquals(0, m.pulses());
    }

    @Test
    void aBusyFxThreadShowsAsALongGapAndAnIdleOneDoesNot() throws Exception {
        PulseMonitor m = new PulseMonitor();
        onFx(m::start);
        Thread.sleep(300);
        Duration idle = onFx(m::longestGap);
        assertTrue(onFx(m::pulses) > 3, "pulses keep coming while idle");
        assertTrue(idle.toMillis() < 300, "idle gap " + idle);

        onFx(() -> sleep(400)); // what a long computation on the FX thread would do
        Thread.sleep(100);
        onFx(m::stop);
        Duration busy = m.longestGap();
        assertTrue(busy.toMillis() >= 400, "busy gap " + busy);
        assertTrue(busy.toMillis() < 5_000, "busy gap " + busy);
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void onFx(Runnable r) throws Exception {
        onFx(() -> {
            r.run();
            return null;
        });
    }

    private static <T> T onFx(java.util.function.Supplier<T> s) throws Exception {
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> f.complete(s.get()));
        return f.get(10, TimeUnit.SECONDS);
    }
}
