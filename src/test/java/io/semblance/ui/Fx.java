// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.concurrent.Callable;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.testfx.api.FxToolkit;

/** Runs test code on the JavaFX thread (headless Monocle in the build) and waits for background jobs. */
public final class Fx {
    private static final long TIMEOUT_MS = 20_000;

    private Fx() {
    }

    public static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    public static <T> T call(Callable<T> action) throws Exception {
        FutureTask<T> task = new FutureTask<>(action);
        Platform.runLater(task);
        return task.get(TIMEOUT_MS, TimeUnit.MILLISECONDS);
    }

    public static void run(Runnable action) throws Exception {
        call(() -> {
            action.run();
            return null;
        });
    }

    /** Waits until the condition, checked on the FX thread, holds. */
    public static void waitUntil(String what, Callable<Boolean> condition) throws Exception {
        long end = System.currentTimeMillis() + TIMEOUT_MS;
        while (System.currentTimeMillis() < end) {
            if (call(condition)) {
                return;
            }
            Thread.sleep(20);
        }
        fail("timed out waiting until " + what);
    }
}
